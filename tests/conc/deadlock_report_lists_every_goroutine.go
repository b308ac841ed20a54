package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
		ch <- 1
	}()
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond)
		mu.Lock()
	}()
	go func() {
		select {}
	}()
	wg.Wait()
	fmt.Println("x")
}

// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main()
// goroutine 2 [chan send]:
// main.main.func1()
// created by main.main
