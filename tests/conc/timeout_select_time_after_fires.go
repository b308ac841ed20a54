package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan string)
	start := time.Now()
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("waited at least 20ms:", time.Since(start) >= 20*time.Millisecond)
}

// Output:
// timeout
// waited at least 20ms: true
