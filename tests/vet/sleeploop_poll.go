// sleeploop (gosh's own hint): waiting for other goroutines by polling
// a shared variable with time.Sleep between looks. The reads race with
// the writes, and the sleep only guesses how long the work takes; a
// channel or a sync.WaitGroup says when it is done. A hint: printed, but
// gosh vet exits 0 when it is all it found.
package main

import (
	"fmt"
	"sync"
	"time"
)

var done bool

func main() {
	go func() {
		fmt.Println("working")
		done = true
	}()
	for !done {
		time.Sleep(time.Millisecond)
	}
	var mu sync.Mutex
	count := 0
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	// under the lock the reads do not race: not flagged (a WaitGroup
	// would still say it better)
	for {
		mu.Lock()
		if count == 3 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	finished := 0
	go func() { finished = 1 }()
	for {
		if finished == 1 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("all done", count)
}

// Vet:
// sleeploop_poll.go:22:3: time.Sleep in a loop used to wait for done; use a channel or sync.WaitGroup
// sleeploop_poll.go:50:3: time.Sleep in a loop used to wait for finished; use a channel or sync.WaitGroup
