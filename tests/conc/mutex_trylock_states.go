package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("while held:", mu.TryLock())
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("from another goroutine:", <-res)
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()
}

// Output:
// first TryLock: true
// while held: false
// from another goroutine: false
// after Unlock: true
