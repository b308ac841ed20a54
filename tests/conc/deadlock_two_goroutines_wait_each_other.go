package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		a <- 1
	}()
	fmt.Println("main waits")
	<-done
}

// Output:
// main waits
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
// goroutine 2 [chan receive]:
// main.main.func1()
// created by main.main
// goroutine 3 [chan receive]:
// main.main.func2()
// created by main.main
