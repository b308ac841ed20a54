// a strings.Builder shared by two goroutines (the package's own memory)
// Race at: sb

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
		sb.WriteString("hello") // racy
	}()
	go func() {
		defer wg.Done()
		sb.WriteString("world") // racy
	}()
	wg.Wait()
	_ = &mu
	fmt.Println(sb.Len())
}
