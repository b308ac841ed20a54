package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	errc := make(chan error)
	go func() { errc <- worker(ctx, out) }()
	for i := 0; i < 4; i++ {
		fmt.Println(<-out)
	}
	cancel()
	fmt.Println("worker:", <-errc)
}

// Output:
// 0
// 1
// 2
// 3
// worker: context canceled
