package main

import "fmt"

const untyped = 300
const typed int16 = 300
const ut = 2.5
const tf float32 = 2.5

func main() {
	var a int8 = untyped - 200
	var b int64 = untyped * 1000000000
	fmt.Println(a, b)
	fmt.Printf("%T %T\n", untyped, typed)
	c := typed * 100
	fmt.Printf("%T %v\n", c, c)
	var f float32 = ut
	var g float64 = ut
	fmt.Println(f, g, tf*tf)
	fmt.Printf("%T %T\n", ut, tf)
	var u uint8 = untyped / 2
	fmt.Println(u)
	var h = typed + 1
	fmt.Printf("%T %v\n", h, h)
}

// Output:
// 100 300000000000
// int int16
// int16 30000
// 2.5 2.5 6.25
// float64 float32
// 150
// int16 301
