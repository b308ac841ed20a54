package main

import "fmt"

const greeting = "Hello"
const target = "world"
const message = greeting + ", " + target + "!"
const length = len(message)

func main() {
	fmt.Println(message)
	fmt.Println(length)
	fmt.Println(len(greeting) + len(target))
	fmt.Println(message[0], message[7])
	fmt.Println(greeting < target)
}

// Output:
// Hello, world!
// 13
// 10
// 72 119
// true
