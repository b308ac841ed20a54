// a bytes.Buffer shared by two goroutines (the package's own memory)
// Race at: buf

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
		buf.WriteString("hello") // racy
	}()
	go func() {
		defer wg.Done()
		buf.WriteString("world") // racy
	}()
	wg.Wait()
	_ = &mu
	fmt.Println(buf.Len())
}
