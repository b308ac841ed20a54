package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	nums := make(chan int)
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case nums <- g*100 + i:
				case <-done:
					return
				}
			}
		}(g)
	}
	for i := 0; i < 10; i++ {
		<-nums
	}
	close(done)
	wg.Wait()
	fmt.Println("generators exited")
}

// Output:
// generators exited
