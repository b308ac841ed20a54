package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("creating ticker")
	t := time.NewTicker(0)
	fmt.Println("unreachable", t)
}

// Output:
// creating ticker
// Panic: non-positive interval for NewTicker
