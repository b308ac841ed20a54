package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main defer never runs")
	go func() {
		fmt.Println("goroutine exits the process")
		os.Exit(3)
	}()
	select {}
}

// Output:
// goroutine exits the process
// Exit: 3
