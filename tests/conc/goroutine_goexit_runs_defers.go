package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan string, 3)
	go func() {
		defer func() { done <- "deferred ran" }()
		defer func() { done <- fmt.Sprint("recover sees: ", recover()) }()
		func() {
			runtime.Goexit()
		}()
		done <- "unreachable"
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)
}

// Output:
// recover sees: <nil>
// deferred ran
