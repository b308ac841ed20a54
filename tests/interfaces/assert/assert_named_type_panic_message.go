package main

import "fmt"

type MyInt int

func main() {
	var x interface{} = MyInt(3)
	fmt.Println(x.(MyInt) + 1)
	_, ok := x.(int)
	fmt.Println("is int:", ok)
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(x.(int))
}

// Output:
// 4
// is int: false
// main.MyInt 3
// Panic: interface conversion: interface {} is main.MyInt, not int
