// a local captured by two closures: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		x = 1
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		x = 2
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
