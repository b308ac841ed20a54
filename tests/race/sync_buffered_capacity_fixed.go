// a buffered channel of capacity 1 is a mutex (the capacity rule): no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	sem := make(chan bool, 1)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- true
			x++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
