// a shared bytes.Buffer under a mutex: no race

package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	var buf bytes.Buffer
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		buf.WriteString("hello")
		mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
		buf.WriteString("world")
		mu.Unlock()
	}()
	wg.Wait()
	_ = &mu
	fmt.Println(buf.Len())
}
