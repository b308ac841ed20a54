package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	stored := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, loaded := m.LoadOrStore("key", i)
			if !loaded {
				mu.Lock()
				stored++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	v, _ := m.Load("key")
	actual, loaded := m.LoadOrStore("key", -1)
	fmt.Println("stores:", stored, "stable:", actual == v, loaded)
	old, loaded := m.LoadAndDelete("key")
	fmt.Println(old == v, loaded)
	_, loaded = m.LoadAndDelete("key")
	fmt.Println(loaded)
}

// Output:
// stores: 1 stable: true true
// true true
// false
