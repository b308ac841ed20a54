package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string, 1)
	go func() {
		time.Sleep(time.Millisecond)
		c <- "result"
	}()
	select {
	case r := <-c:
		fmt.Println(r)
	case <-time.After(10 * time.Second):
		fmt.Println("timeout")
	}
}

// Output:
// result
