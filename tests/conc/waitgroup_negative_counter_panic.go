package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Add(-1)
	fmt.Println("back to zero")
	wg.Add(-1)
	fmt.Println("unreachable")
}

// Output:
// back to zero
// Panic: sync: negative WaitGroup counter
