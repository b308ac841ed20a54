package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	steps := make(chan string, 10)
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		steps <- "goroutine got lock"
		mu.Unlock()
		done <- true
	}()
	steps <- "main holds lock"
	steps <- "main unlocks"
	mu.Unlock()
	<-done
	close(steps)
	for s := range steps {
		fmt.Println(s)
	}
}

// Output:
// main holds lock
// main unlocks
// goroutine got lock
