package main

import (
	"fmt"
	"sync"
)

func counter(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				fmt.Println("generator saw done")
				return
			}
		}
	}()
	return out
}

func main() {
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Add(1)
	c := counter(done, &wg)
	for i := 0; i < 5; i++ {
		fmt.Println(<-c)
	}
	close(done)
	wg.Wait()
	_, ok := <-c
	fmt.Println("channel open:", ok)
}

// Output:
// 0
// 1
// 2
// 3
// 4
// generator saw done
// channel open: false
