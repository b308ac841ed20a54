package main

import (
	"fmt"
	"sync"
)

func main() {
	lock := make(chan struct{}, 1)
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}

// Output:
// 5000
