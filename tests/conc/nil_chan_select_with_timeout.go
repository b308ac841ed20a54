package main

import (
	"fmt"
	"time"
)

func main() {
	var never chan int
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("only the timer can fire")
	}
}

// Output:
// only the timer can fire
