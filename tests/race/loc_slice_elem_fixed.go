// a slice element: ordered by a channel, no race

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
		s[2] = 1
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		s[2]++
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
