// an interface variable: two goroutines, unordered
// Race at: v

package main

import (
	"fmt"
	"sync"
)

func main() {
	var v interface{} = 1
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		v = "two" // racy
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(v) // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
