package main

import "time"

func main() {
	a, b := make(chan int), make(chan int)
	var never chan int
	go func() {
		select {
		case <-a:
		case <-b:
		}
	}()
	go func() {
		never <- 1
	}()
	time.Sleep(time.Millisecond)
}

// Flags: --leaks --seed 1
// Exit: 3
// Stderr contains:
// leak: 2 goroutines still blocked when the program ended:
// goroutine 2 [select]:
// main.main.func1()
// 	leaks/leak_select_and_nil_channel.go:9
// created by main.main
// 	leaks/leak_select_and_nil_channel.go:8
// goroutine 3 [chan send (nil chan)]:
// main.main.func2()
// 	leaks/leak_select_and_nil_channel.go:15
// created by main.main
// 	leaks/leak_select_and_nil_channel.go:14
// why they wait (gosh):
//   goroutine 2 waits at leak_select_and_nil_channel.go:9 in a select on the channel made at leak_select_and_nil_channel.go:6, the channel made at leak_select_and_nil_channel.go:6
//   goroutine 3 waits at leak_select_and_nil_channel.go:15 to send on a nil channel, which never happens
// exit status 3: goroutines leaked (gosh --leaks)
