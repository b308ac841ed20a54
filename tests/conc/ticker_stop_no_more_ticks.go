package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Millisecond)
	<-t.C
	t.Stop()
	select {
	case <-t.C:
	default:
	}
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no tick after stop")
	}
}

// Output:
// no tick after stop
