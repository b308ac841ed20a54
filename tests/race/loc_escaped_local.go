// a local whose address is taken: two goroutines, unordered
// Race at: *p

package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	p := &n
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		*p = 1 // racy
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(n) // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
