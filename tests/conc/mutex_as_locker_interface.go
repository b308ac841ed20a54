package main

import (
	"fmt"
	"sync"
)

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	total := 0
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var l sync.Locker = &mu
			withLock(l, func() { total += i })
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	withLock(&rw, func() { fmt.Println("rwmutex is a Locker too") })
	fmt.Printf("%T\n", sync.Locker(&mu))
}

// Output:
// 210
// rwmutex is a Locker too
// *sync.Mutex
