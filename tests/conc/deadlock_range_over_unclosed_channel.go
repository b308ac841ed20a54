package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	for v := range c {
		fmt.Println(v)
	}
}

// Output:
// 0
// 1
// 2
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
