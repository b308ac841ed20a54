package main

import "fmt"

// A goto is a terminating statement: a function with results may end in
// one, and in an if/else that ends in gotos.
func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto loop
	} else {
		n = 3*n + 1
		goto loop
	}
}

func last(xs []int) int {
	i := 0
L:
	if i == len(xs)-1 {
		return xs[i]
	}
	i++
	goto L
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	fmt.Println(last([]int{4, 5, 6}))
}

// Output:
// 111 0 8
// 6
