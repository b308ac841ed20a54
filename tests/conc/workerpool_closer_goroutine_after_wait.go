package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan string)
	var wg sync.WaitGroup
	for _, name := range []string{"ann", "bob", "cyd", "dee"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			results <- "hello " + name
		}(name)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	n := 0
	for r := range results {
		fmt.Println(r)
		n++
	}
	fmt.Println("received", n)
}

// Unordered output:
// hello ann
// hello bob
// hello cyd
// hello dee
// received 4
