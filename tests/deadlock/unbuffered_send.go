// A send on an unbuffered channel waits for a receiver; main has none.
package main

import "fmt"

func main() {
	results := make(chan int)
	results <- 42
	fmt.Println(<-results)
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan send]:
// why every goroutine waits (gosh):
//   goroutine 1 waits at unbuffered_send.go:8 to send on results (made at unbuffered_send.go:7):
//     no other goroutine can reach it, so none can ever receive from it
