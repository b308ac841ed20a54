// the go statement orders what came before it: fixed, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	var wg sync.WaitGroup
	wg.Add(1)
	x = 1
	go func() {
		defer wg.Done()
		x = 2
	}()
	wg.Wait()
	fmt.Println("ok", x)
}
