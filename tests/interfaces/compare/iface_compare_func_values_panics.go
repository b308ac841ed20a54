package main

import "fmt"

func hello() {}

func main() {
	var f interface{} = hello
	fmt.Println(f != nil)
	fmt.Println(f == 3)
	var g interface{} = hello
	fmt.Println(f == g)
}

// Output:
// true
// false
// Panic: runtime error: comparing uncomparable type func()
