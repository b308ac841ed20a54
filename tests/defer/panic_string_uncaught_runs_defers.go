package main

import "fmt"

func step(n int) {
	defer fmt.Println("unwind", n)
	if n == 3 {
		panic(fmt.Sprintf("failed at step %d", n))
	}
	step(n + 1)
}

func main() {
	fmt.Println("begin")
	step(1)
	fmt.Println("never")
}

// Output:
// begin
// unwind 3
// unwind 2
// unwind 1
// Panic: failed at step 3
