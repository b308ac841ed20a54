package main

import "fmt"

const five = 5
const two = 2

func main() {
	var f float64 = five / two
	fmt.Println(f)
	var g float64 = five / 2.0
	fmt.Println(g)
	h := five / two
	fmt.Println(h)
	k := 5.0 / two
	fmt.Println(k)
	fmt.Printf("%T %T\n", h, k)
	var m float64 = five
	fmt.Println(m / two)
}

// Output:
// 2
// 2.5
// 2
// 2.5
// int float64
// 2.5
