package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("task panicked: %v", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	safeGo(&wg, errs, func() {})
	safeGo(&wg, errs, func() { panic("bad input") })
	safeGo(&wg, errs, func() {
		var p *struct{ x int }
		_ = p.x
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Println(err)
	}
}

// Unordered output:
// task panicked: runtime error: invalid memory address or nil pointer dereference
// task panicked: bad input
