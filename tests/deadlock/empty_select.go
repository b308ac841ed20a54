// select {} blocks forever; the worker it was meant to keep alive waits
// on a channel nobody sends on.
package main

func main() {
	jobs := make(chan int)
	go func() {
		for j := range jobs {
			println(j)
		}
	}()
	select {}
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at empty_select.go:12 in a select with no cases, which never ends
//   goroutine 2 waits at empty_select.go:8 to receive from jobs (made at empty_select.go:6):
//     goroutine 1 could send on it or close it, but it waits too
