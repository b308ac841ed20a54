package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, isErr := r.(error)
		fmt.Println("is error:", isErr)
	}()
	wg.Done()
}

// Output:
// recovered: sync: negative WaitGroup counter
// is error: false
