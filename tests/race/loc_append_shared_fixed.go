// append into a shared backing array: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 0, 8)
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		s1 := append(s, 1)
		_ = s1
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		s2 := append(s, 2)
		_ = s2
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
