// a local captured by two closures: two goroutines, unordered
// Race at: x

package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		x = 1 // racy
	}()
	go func() {
		defer wg.Done()
		x = 2 // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
