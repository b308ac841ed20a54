package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		select {}
	}()
	fmt.Println("main waits on c")
	<-c
}

// Output:
// main waits on c
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
// goroutine 2 [select (no cases)]:
// main.main.func1()
// created by main.main
