package main

import "fmt"

func main() {
	c := make(chan int, 100)
	for i := 0; i < 100; i++ {
		c <- i * 7 % 100
	}
	ok := true
	for i := 0; i < 100; i++ {
		if <-c != i*7%100 {
			ok = false
		}
	}
	fmt.Println("fifo:", ok)
	s := make(chan string, 3)
	s <- "first"
	s <- "second"
	s <- "third"
	fmt.Println(<-s, <-s, <-s)
}

// Output:
// fifo: true
// first second third
