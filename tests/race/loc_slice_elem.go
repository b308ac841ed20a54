// a slice element: two goroutines, unordered
// Race at: s[2]

package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 4)
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		s[2] = 1 // racy
	}()
	go func() {
		defer wg.Done()
		s[2]++ // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
