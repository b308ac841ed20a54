package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var started, wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			started.Done()
			<-ctx.Done()
			errs <- ctx.Err()
		}()
	}
	started.Wait()
	cancel()
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if err == context.Canceled {
			n++
		}
	}
	fmt.Println("goroutines saw Canceled:", n)
}

// Output:
// goroutines saw Canceled: 8
