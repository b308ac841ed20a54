package main

import (
	"fmt"
	"time"
)

func main() {
	ran := make(chan bool, 1)
	t := time.AfterFunc(50*time.Millisecond, func() { ran <- true })
	fmt.Println("stop:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-ran:
		fmt.Println("ran anyway")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("never ran")
	}
}

// Output:
// stop: true
// stop again: false
// never ran
