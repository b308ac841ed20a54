// sleep_sync's twin: main waits for the warm-up on a channel it closes
// when the cache is filled, however long that takes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cache := map[string]int{}
	go func() { // some other work keeps the processor busy
		for i := 0; i < 200; i++ {
		}
	}()
	warm := make(chan struct{})
	go func() {
		mu.Lock()
		cache["answer"] = 42
		mu.Unlock()
		close(warm)
	}()
	<-warm
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
