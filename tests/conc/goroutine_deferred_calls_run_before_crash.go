package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in goroutine runs")
		defer func() {
			fmt.Println("second deferred runs first")
		}()
		panic("crash")
	}()
	<-done
}

// Output:
// second deferred runs first
// deferred in goroutine runs
// Panic: crash
// Stderr contains:
// main.main.func1()
// created by main.main
