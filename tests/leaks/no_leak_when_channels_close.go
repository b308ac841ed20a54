package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
			}
		}()
	}
	go func() {
		time.Sleep(time.Hour) // asleep: it would wake, so it is not leaked
	}()
	for j := 0; j < 10; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("done")
}

// Output:
// done
// Flags: --leaks --seed 1
