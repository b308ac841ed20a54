package main

import (
	"fmt"
	"time"
)

func search(query string, results chan<- string) {
	results <- "result for " + query
}

func main() {
	results := make(chan string)
	for _, q := range []string{"go", "gosh", "lua"} {
		go search(q, results)
	}
	fmt.Println(<-results)
	time.Sleep(time.Millisecond) // the others reach their send
}

// Output:
// result for go
// Flags: --leaks --seed 1
// Exit: 3
// Stderr contains:
// leak: 2 goroutines still blocked when the program ended:
// goroutine 3 [chan send]:
// main.search(...)
// 	leaks/leak_chan_send_first_result_wins.go:9
// created by main.main
// 	leaks/leak_chan_send_first_result_wins.go:15
// goroutine 4 [chan send]:
// main.search(...)
// 	leaks/leak_chan_send_first_result_wins.go:9
// created by main.main
// 	leaks/leak_chan_send_first_result_wins.go:15
// why they wait (gosh):
//   goroutine 3 waits at leak_chan_send_first_result_wins.go:9 to send on results (made at leak_chan_send_first_result_wins.go:13):
//     goroutine 4 could receive from it, but the program ended first
//   goroutine 4 waits at leak_chan_send_first_result_wins.go:9 to send on results (made at leak_chan_send_first_result_wins.go:13):
//     goroutine 3 could receive from it, but the program ended first
// exit status 3: goroutines leaked (gosh --leaks)
