package main

import "fmt"

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, 1.0, 'x', "s", true)
	fmt.Printf("%T %T\n", 1<<10, 1e0)
	a, b, c := 7, 7.0, '7'
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Println(a, b, c)
	var i interface{} = 3
	var j interface{} = 3.0
	fmt.Println(i == j)
	_, ok := i.(int)
	_, ok2 := j.(float64)
	fmt.Println(ok, ok2)
	const k = 10 / 4.0
	var any interface{} = k
	fmt.Printf("%T %v\n", any, any)
}

// Output:
// int float64 int32 string bool
// int float64
// int float64 int32
// 7 7 55
// false
// true true
// float64 2.5
