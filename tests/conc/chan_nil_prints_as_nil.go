package main

import "fmt"

func main() {
	var c chan int
	var r <-chan string
	fmt.Println(c, r)
	fmt.Printf("%v %T\n", c, c)
	var x interface{} = c
	fmt.Println(x == nil, x.(chan int) == nil)
}

// Output:
// <nil> <nil>
// <nil> chan int
// false true
