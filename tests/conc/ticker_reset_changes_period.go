package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	t.Reset(2 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("tick after reset")
	case <-time.After(5 * time.Second):
		fmt.Println("reset ignored")
	}
	t.Reset(time.Hour)
	select {
	case <-t.C:
	default:
	}
	select {
	case <-t.C:
		fmt.Println("unexpected tick")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("quiet after reset to an hour")
	}
}

// Output:
// tick after reset
// quiet after reset to an hour
