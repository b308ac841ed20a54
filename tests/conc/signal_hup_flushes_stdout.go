// SIGHUP ends the program by the signal, as in Go (a shell sees
// 129), but what it printed is written out first: the line below is
// still in the output buffer when the signal comes.
package main

import (
	"fmt"
	"syscall"
)

func main() {
	fmt.Println("started")
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	for {
	}
}

// Output:
// started
// Exit: 129
