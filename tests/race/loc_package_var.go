// a package variable: two goroutines, unordered
// Race at: counter

package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		counter++ // racy
	}()
	go func() {
		defer wg.Done()
		counter = 10 // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
