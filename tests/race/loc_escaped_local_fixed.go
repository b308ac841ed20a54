// a local whose address is taken: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	p := &n
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		*p = 1
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		fmt.Sprint(n)
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
