// Lock while holding a read lock: the writer waits for every reader to
// leave, and the one reader left is itself.
package main

import "sync"

var (
	rw    sync.RWMutex
	count int
)

func main() {
	rw.RLock()
	if count == 0 {
		rw.Lock()
		count = 1
		rw.Unlock()
	}
	rw.RUnlock()
}

// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at rlock_then_lock.go:15 to lock rw (sync.RWMutex) until 1 reader unlocks it
