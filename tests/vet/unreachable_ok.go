// unreachable: loops left by break or their condition, a switch without
// default, labelled break out of a select, and os.Exit (go vet does not
// count it): nothing to report.
package main

import (
	"fmt"
	"os"
)

func first(xs []int) int {
	for {
		if len(xs) > 0 {
			break
		}
		return -1
	}
	return xs[0]
}

func describe(x int) string {
	switch x {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
	return "many"
}

func drain(ch chan int) int {
	n := 0
loop:
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				break loop
			}
			n++
		}
	}
	return n
}

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println(first([]int{7}), describe(1), drain(ch))
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	if len(os.Args) > 5 {
		os.Exit(3)
		fmt.Println("go vet does not know os.Exit ends the program")
	}
}

// Vet:
