package main

import (
	"fmt"
	"time"
)

func main() {
	jobs := make(chan int)
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
		}
	}()
	jobs <- 1
	jobs <- 2
	time.Sleep(time.Millisecond) // forgot close(jobs)
}

// Output:
// job 1
// job 2
// Flags: --leaks --seed 1
// Exit: 3
// Stderr contains:
// leak: 1 goroutine still blocked when the program ended:
// goroutine 2 [chan receive]:
// main.main.func1()
// 	leaks/leak_chan_receive_never_closed.go:11
// created by main.main
// 	leaks/leak_chan_receive_never_closed.go:10
// why they wait (gosh):
//   goroutine 2 waits at leak_chan_receive_never_closed.go:11 to receive from jobs (made at leak_chan_receive_never_closed.go:9):
//     no other goroutine can reach it, so none can ever send on it or close it
// exit status 3: goroutines leaked (gosh --leaks)
