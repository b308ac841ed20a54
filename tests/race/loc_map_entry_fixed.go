// a map (as Go's detector: the map is one location): ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	counts := map[string]int{}
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		counts["go"]++
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		fmt.Sprint(counts["go"])
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
