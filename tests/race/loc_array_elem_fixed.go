// an array element: ordered by a channel, no race

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
		arr[i] = 1
		done <- true
	}()
	go func() {
		defer wg.Done()
		<-done
		fmt.Sprint(arr[i])
	}()
	wg.Wait()
	_ = done
	fmt.Println("ok")
}
