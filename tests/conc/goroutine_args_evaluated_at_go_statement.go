package main

import "fmt"

func report(label string, v int, out chan<- string) {
	out <- fmt.Sprint(label, "=", v)
}

func get(v int) int {
	fmt.Println("evaluating argument", v)
	return v
}

func main() {
	out := make(chan string)
	x := 1
	go report("x", get(x), out)
	x = 2
	fmt.Println(<-out)
	fmt.Println("x now", x)
}

// Output:
// evaluating argument 1
// x=1
// x now 2
