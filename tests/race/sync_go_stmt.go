// the go statement orders what came before it: racy
// Race at: x

package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		x = 2 // racy
	}()
	x = 1 // racy
	wg.Wait()
	fmt.Println("ok")
}
