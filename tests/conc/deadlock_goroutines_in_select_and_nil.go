package main

import (
	"fmt"
	"time"
)

func main() {
	var nilc chan int
	a := make(chan int)
	go func() {
		select {
		case <-a:
		case a <- 1:
		}
	}()
	go func() {
		nilc <- 1
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main blocks on nil receive")
	<-nilc
}

// Output:
// main blocks on nil receive
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive (nil chan)]:
// main.main()
// goroutine 2 [select]:
// main.main.func1()
// created by main.main
// goroutine 3 [chan send (nil chan)]:
// main.main.func2()
// created by main.main
