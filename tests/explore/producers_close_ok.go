// producers_close's twin: the producers only send, and one closer waits
// for all of them (a WaitGroup) before it closes the channel.
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 2; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				out <- p*10 + i
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	n := 0
	for range out {
		n++
	}
	fmt.Println("got", n)
}

// Output:
// got 4
