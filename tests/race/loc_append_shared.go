// append into a shared backing array: two goroutines, unordered

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
		s1 := append(s, 1) // racy
		_ = s1
	}()
	go func() {
		defer wg.Done()
		s2 := append(s, 2) // racy
		_ = s2
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
