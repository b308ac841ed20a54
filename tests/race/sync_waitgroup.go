// WaitGroup: Done happens before Wait returns: racy
// Race at: total

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
		total = 42 // racy
	}()
	fmt.Sprint(total) // racy
	wg.Wait()
	fmt.Println("ok")
}
