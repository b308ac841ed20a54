package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var once sync.Once
	value := 0
	var wg sync.WaitGroup
	seen := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				time.Sleep(5 * time.Millisecond)
				value = 99
			})
			seen <- value
		}()
	}
	wg.Wait()
	close(seen)
	for v := range seen {
		fmt.Println(v)
	}
}

// Output:
// 99
// 99
// 99
// 99
// 99
