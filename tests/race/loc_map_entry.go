// a map (as Go's detector: the map is one location): two goroutines, unordered
// Race at: counts["go"]

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
		counts["go"]++ // racy
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(counts["go"]) // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
