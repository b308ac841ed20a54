package main

import "fmt"

func main() {
	sem := make(chan int, 2)
	sem <- 1
	sem <- 2
	entered := make(chan int)
	go func() {
		sem <- 3
		entered <- 3
	}()
	select {
	case <-entered:
		fmt.Println("entered too early")
	default:
		fmt.Println("third waits while full")
	}
	fmt.Println("released", <-sem)
	fmt.Println("entered", <-entered)
	fmt.Println(<-sem, <-sem)
}

// Output:
// third waits while full
// released 1
// entered 3
// 2 3
