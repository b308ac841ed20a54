// a narrow (int32) struct field: two goroutines, unordered
// Race at: p.X

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
		p.X = 1 // racy
	}()
	go func() {
		defer wg.Done()
		p.X = 2 // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
