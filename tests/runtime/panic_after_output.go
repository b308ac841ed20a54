package main

import "fmt"

func main() {
	fmt.Println("starting")
	fmt.Println("working")
	panic("something went wrong")
}

// Output:
// starting
// working
// Panic: something went wrong
