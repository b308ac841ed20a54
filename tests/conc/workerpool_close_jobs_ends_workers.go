package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 10)
	exited := make(chan int, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for range jobs {
			}
			exited <- id
		}(w)
	}
	for i := 0; i < 10; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(exited)
	sum := 0
	for id := range exited {
		sum += id
	}
	fmt.Println("all workers exited, id sum:", sum)
}

// Output:
// all workers exited, id sum: 10
