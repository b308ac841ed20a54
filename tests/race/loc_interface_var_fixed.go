// an interface variable: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

func main() {
	var v interface{} = 1
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		v = "two"
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		fmt.Sprint(v)
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
