// a string variable: two goroutines, unordered
// Race at: name

package main

import (
	"fmt"
	"sync"
)

func main() {
	name := "a"
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		name = "b" // racy
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(name) // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
