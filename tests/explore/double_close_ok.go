// The twin of double_close.go: sync.Once closes the channel exactly once.
package main

import "sync"

func main() {
	done := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { close(done) })
		}()
	}
	wg.Wait()
}
