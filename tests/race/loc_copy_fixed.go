// copy into a slice another goroutine reads: ordered by a channel, no race

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
		copy(dst, src)
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		fmt.Sprint(dst[0])
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
