// A writer holds the lock while it waits for a reply that only a reader
// could send: the reader waits to read-lock, locked for writing.
package main

import (
	"fmt"
	"sync"
)

var (
	rw     sync.RWMutex
	config = map[string]string{}
)

func main() {
	locked := make(chan bool)
	reply := make(chan string)
	go func() {
		rw.Lock()
		defer rw.Unlock()
		locked <- true
		config["mode"] = <-reply
	}()
	<-locked
	rw.RLock()
	mode := config["mode"]
	rw.RUnlock()
	reply <- "fast"
	fmt.Println(mode)
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at reader_behind_writer.go:25 to read-lock rw (sync.RWMutex),
//     locked for writing by goroutine 2 since reader_behind_writer.go:19
//   goroutine 2 waits at reader_behind_writer.go:22 to receive from reply (made at reader_behind_writer.go:17):
//     goroutine 1 could send on it or close it, but it waits too
