// a string variable: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	name := "a"
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		name = "b"
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		fmt.Sprint(name)
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
