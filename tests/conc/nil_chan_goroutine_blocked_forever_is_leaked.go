package main

import (
	"fmt"
	"runtime"
)

func main() {
	var c chan int
	before := runtime.NumGoroutine()
	started := make(chan bool)
	go func() {
		started <- true
		<-c
	}()
	<-started
	fmt.Println(runtime.NumGoroutine() - before)
}

// Output:
// 1
