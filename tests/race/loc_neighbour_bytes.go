// two goroutines write neighbouring bytes: no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	b := make([]byte, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); b[0] = 1 }()
	go func() { defer wg.Done(); b[1] = 2 }()
	wg.Wait()
	fmt.Println(b)
}
