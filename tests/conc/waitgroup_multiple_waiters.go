package main

import (
	"fmt"
	"sync"
)

func main() {
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	released := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			gate.Wait()
			released <- i
		}(i)
	}
	select {
	case <-released:
		fmt.Println("released early")
	default:
		fmt.Println("waiters blocked")
	}
	gate.Done()
	waiters.Wait()
	close(released)
	sum := 0
	for v := range released {
		sum += v
	}
	fmt.Println("all waiters released, sum:", sum)
}

// Output:
// waiters blocked
// all waiters released, sum: 10
