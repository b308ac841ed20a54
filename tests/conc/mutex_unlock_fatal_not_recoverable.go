package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var mu sync.Mutex
	mu.Unlock()
}

// Fatal: sync: unlock of unlocked mutex
