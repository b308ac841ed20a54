package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	block := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	fmt.Println("with three blocked:", runtime.NumGoroutine())
}

// Output:
// at start: 1
// with three blocked: 4
