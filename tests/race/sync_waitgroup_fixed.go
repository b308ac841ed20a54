// WaitGroup: Done happens before Wait returns: fixed, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		total = 42
	}()
	wg.Wait()
	fmt.Println("ok", total)
}
