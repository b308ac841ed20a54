package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, ok)
		if ok {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int)
		close(c)
		c <- 1
	})
	try("double close", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("nil close", func() {
		var c chan int
		close(c)
	})
}

// Output:
// send: send on closed channel (runtime.Error: true)
//   Error(): send on closed channel
// double close: close of closed channel (runtime.Error: true)
//   Error(): close of closed channel
// nil close: close of nil channel (runtime.Error: true)
//   Error(): close of nil channel
