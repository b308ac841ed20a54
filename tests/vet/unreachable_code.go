// unreachable: statements after return, panic, break, continue, an
// endless for loop, an if whose branches both return, a switch whose
// clauses (default too) all return, and select {}.
package main

import "fmt"

func sign(x int) int {
	if x < 0 {
		return -1
	} else {
		return 1
	}
	fmt.Println("never")
	return 0
}

func mustPositive(x int) int {
	if x <= 0 {
		panic("not positive")
		fmt.Println("after panic")
	}
	return x
}

func serve(requests chan int) {
	for {
		r := <-requests
		fmt.Println("request", r)
	}
	fmt.Println("stopped")
}

func kind(x int) string {
	switch {
	case x < 0:
		return "negative"
	default:
		return "non-negative"
	}
	return "?"
}

func skip(xs []int) {
	for _, x := range xs {
		if x == 0 {
			continue
			fmt.Println("zero")
		}
		fmt.Println(x)
	}
}

func forever() {
	select {}
	fmt.Println("woken")
}

func main() {
	fmt.Println(sign(-3), mustPositive(2), kind(1))
	skip([]int{1, 0})
	_ = serve
	_ = forever
}

// Vet:
// unreachable_code.go:14:2: unreachable code
// unreachable_code.go:21:3: unreachable code
// unreachable_code.go:31:2: unreachable code
// unreachable_code.go:41:2: unreachable code
// unreachable_code.go:48:4: unreachable code
// unreachable_code.go:56:2: unreachable code
