// a narrow (int32) struct field: ordered by a channel, no race

package main

import (
	"fmt"
	"sync"
)

type Point struct {
	X, Y int32
}

func main() {
	p := &Point{}
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		p.X = 1
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		p.X = 2
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
