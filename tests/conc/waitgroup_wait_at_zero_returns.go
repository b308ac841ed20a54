package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("wait on zero counter returns at once")
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("and again after balancing Add/Done")
}

// Output:
// wait on zero counter returns at once
// and again after balancing Add/Done
