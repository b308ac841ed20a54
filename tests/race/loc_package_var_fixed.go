// a package variable: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		counter++
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		counter = 10
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
