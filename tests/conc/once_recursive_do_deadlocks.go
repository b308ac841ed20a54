package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() {
		fmt.Println("outer")
		once.Do(func() { fmt.Println("inner") })
	})
}

// Output:
// outer
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [semacquire]:
// main.main.func1()
// main.main()
