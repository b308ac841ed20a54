// Two goroutines each wait to receive from the other before sending:
// a cycle through two channels.
package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	go func() {
		msg := <-pong
		ping <- msg + "!"
	}()
	msg := <-ping
	pong <- msg
	fmt.Println(msg)
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at receive_and_send_both_wait.go:14 to receive from ping (made at receive_and_send_both_wait.go:8):
//     goroutine 2 could send on it or close it, but it waits too
//   goroutine 2 waits at receive_and_send_both_wait.go:11 to receive from pong (made at receive_and_send_both_wait.go:9):
//     goroutine 1 could send on it or close it, but it waits too
