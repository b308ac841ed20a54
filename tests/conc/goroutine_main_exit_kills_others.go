package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never printed")
	}()
	go func() {
		select {}
	}()
	fmt.Println("main returns without waiting")
}

// Output:
// main returns without waiting
