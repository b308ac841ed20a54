package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("scheduling")
	time.AfterFunc(time.Millisecond, func() {
		panic("panic inside AfterFunc")
	})
	time.Sleep(time.Hour)
}

// Output:
// scheduling
// Panic: panic inside AfterFunc
// Stderr contains:
// main.main.func1()
