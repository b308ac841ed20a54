package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { c <- "timer delivered" })
	fmt.Println(<-c)
}

// Output:
// timer delivered
