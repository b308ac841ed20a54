// copy into a slice another goroutine reads: two goroutines, unordered
// Race at: copy(dst, src)

package main

import (
	"fmt"
	"sync"
)

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		copy(dst, src) // racy
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(dst[0]) // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
