// A channel declared but never made is nil: receiving from it waits
// forever.
package main

import "fmt"

type server struct {
	quit chan bool
}

func main() {
	s := &server{}
	<-s.quit
	fmt.Println("stopped")
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive (nil chan)]:
// why every goroutine waits (gosh):
//   goroutine 1 waits at nil_channel.go:13 to receive from a nil channel, which never happens
