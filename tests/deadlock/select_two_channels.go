// A select over two channels that nobody will send on.
package main

import "fmt"

func main() {
	done := make(chan bool)
	errs := make(chan error)
	select {
	case <-done:
		fmt.Println("done")
	case err := <-errs:
		fmt.Println(err)
	}
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [select]:
// why every goroutine waits (gosh):
//   goroutine 1 waits at select_two_channels.go:9 in a select on done (made at select_two_channels.go:7), errs (made at select_two_channels.go:8)
