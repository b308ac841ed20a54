// Order violation: main assumes the goroutine it started has registered
// its handler before main looks it up.
package main

import "sync"

func main() {
	var mu sync.Mutex
	handlers := map[string]func() int{}
	go func() {
		mu.Lock()
		handlers["x"] = func() int { return 1 }
		mu.Unlock()
	}()
	mu.Lock()
	h := handlers["x"]
	mu.Unlock()
	if h == nil {
		panic("handler not registered yet")
	}
	h()
}
