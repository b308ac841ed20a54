package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	stopped := t.Stop()
	fmt.Println("stop after expiry:", stopped)
	if !stopped {
		<-t.C
		fmt.Println("drained the stale value")
	}
	fmt.Println("len(C):", len(t.C))
}

// Output:
// stop after expiry: false
// drained the stale value
// len(C): 0
