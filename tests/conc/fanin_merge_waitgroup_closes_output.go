package main

import (
	"fmt"
	"sync"
)

func producer(start, n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			out <- start + i
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			wg.Done()
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	for v := range merge(producer(100, 3), producer(200, 3), producer(300, 2)) {
		fmt.Println(v)
	}
}

// Unordered output:
// 100
// 200
// 300
// 101
// 102
// 201
// 301
// 202
