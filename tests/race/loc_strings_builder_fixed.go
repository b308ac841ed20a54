// a shared strings.Builder under a mutex: no race

package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		sb.WriteString("hello")
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		sb.WriteString("world")
		mu.Unlock()
	}()
	wg.Wait()
	_ = &mu
	fmt.Println(sb.Len())
}
