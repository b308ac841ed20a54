// SIGQUIT writes out what was printed, then "SIGQUIT: quit" and every
// goroutine's stack, and exits with status 2, as Go does. The running
// goroutine stops at a safe point for the dump and shows as running.
package main

import (
	"fmt"
	"syscall"
)

func main() {
	fmt.Println("started")
	syscall.Kill(syscall.Getpid(), syscall.SIGQUIT)
	for {
	}
}

// Output:
// started
// Stderr contains:
// SIGQUIT: quit
// goroutine 1 [running]:
// main.main()
// Exit: 2
