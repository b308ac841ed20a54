// a buffered channel of capacity 2 lets two goroutines in at once: racy
// Race at: x

package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	sem := make(chan bool, 2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- true
			x++ // racy racy
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
