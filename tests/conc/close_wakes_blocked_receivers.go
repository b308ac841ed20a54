package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	results := make(chan string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-c
			results <- fmt.Sprint(v, " ", ok)
		}()
	}
	close(c)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

// Output:
// 0 false
// 0 false
// 0 false
// 0 false
