package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	if !t.Stop() {
		<-t.C
	}
	t.Reset(3 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("fired after reset")
	case <-time.After(5 * time.Second):
		fmt.Println("reset timer never fired")
	}
}

// Output:
// fired after reset
