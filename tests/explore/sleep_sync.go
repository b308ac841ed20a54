// time.Sleep used as synchronisation: main starts a warm-up goroutine,
// sleeps "long enough" for it to fill the cache, and then reads the cache.
// Nothing orders the two: when the warm-up has not run by then (a busy
// machine, another goroutine), main finds the cache empty.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cache := map[string]int{}
	go func() { // some other work keeps the processor busy
		for i := 0; i < 200; i++ {
		}
	}()
	go func() {
		mu.Lock()
		cache["answer"] = 42
		mu.Unlock()
	}()
	time.Sleep(time.Microsecond)
	mu.Lock()
	v, ok := cache["answer"]
	mu.Unlock()
	if !ok {
		panic("cache not warm yet")
	}
	fmt.Println(v)
}

// Output:
// 42
