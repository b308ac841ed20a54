package main

import (
	"fmt"
	"time"
)

func main() {
	long := time.After(500 * time.Millisecond)
	short := time.After(time.Millisecond)
	select {
	case <-long:
		fmt.Println("long")
	case <-short:
		fmt.Println("short")
	}
}

// Output:
// short
