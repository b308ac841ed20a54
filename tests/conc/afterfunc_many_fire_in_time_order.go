package main

import (
	"fmt"
	"time"
)

func main() {
	order := make(chan int, 3)
	time.AfterFunc(200*time.Millisecond, func() { order <- 3 })
	time.AfterFunc(1*time.Millisecond, func() { order <- 1 })
	time.AfterFunc(100*time.Millisecond, func() { order <- 2 })
	fmt.Println(<-order, <-order, <-order)
}

// Output:
// 1 2 3
