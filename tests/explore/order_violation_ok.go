// The twin of order_violation.go: main waits until the handler is in.
package main

import "sync"

func main() {
	var mu sync.Mutex
	handlers := map[string]func() int{}
	ready := make(chan bool)
	go func() {
		mu.Lock()
		handlers["x"] = func() int { return 1 }
		mu.Unlock()
		ready <- true
	}()
	<-ready
	mu.Lock()
	h := handlers["x"]
	mu.Unlock()
	if h == nil {
		panic("handler not registered yet")
	}
	h()
}
