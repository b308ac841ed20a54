package main

import "fmt"

func main() {
	fmt.Println("starting worker")
	go func() {
		panic("boom in goroutine")
	}()
	select {}
}

// Output:
// starting worker
// Panic: boom in goroutine
// Stderr contains:
// main.main.func1()
// created by main.main
