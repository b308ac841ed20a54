package main

import "fmt"

func main() {
	fmt.Println("before select {}")
	select {}
}

// Output:
// before select {}
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [select (no cases)]:
// main.main()
