// an array element: two goroutines, unordered
// Race at: arr[i]

package main

import (
	"fmt"
	"sync"
)

func main() {
	var arr [4]int
	i := 3
	var wg sync.WaitGroup
	done := make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		arr[i] = 1 // racy
	}()
	go func() {
		defer wg.Done()
		fmt.Sprint(arr[i]) // racy
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
