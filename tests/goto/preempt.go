package main

import (
	"fmt"
	"time"
)

var spins int

// A tight backward goto is a loop: it must be preemptible like for {},
// even on one processor, or main would never run again.
func spin() {
L:
	spins++
	goto L
}

func main() {
	go spin()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main ran")
}

// Flags: --procs 1
// Output:
// main ran
