package main

import "fmt"

var order []string

var ready = setup()

func setup() bool {
	order = append(order, "var ready")
	return true
}

func init() {
	order = append(order, "init 1")
	counter += 10
}

var counter = 5

func init() {
	order = append(order, "init 2")
	counter *= 2
}

func main() {
	order = append(order, "main")
	fmt.Println(order)
	fmt.Println(ready, counter)
}

// Output:
// [var ready init 1 init 2 main]
// true 30
