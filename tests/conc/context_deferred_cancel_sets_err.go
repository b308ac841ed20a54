package main

import (
	"context"
	"fmt"
)

func handle(ctx context.Context, id int, log chan<- string) {
	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		log <- fmt.Sprintf("request %d: %v", id, ctx.Err())
	}()
	if id%2 == 0 {
		log <- fmt.Sprintf("request %d: even", id)
	}
}

func main() {
	log := make(chan string, 10)
	for i := 1; i <= 3; i++ {
		handle(context.Background(), i, log)
	}
	close(log)
	for s := range log {
		fmt.Println(s)
	}
}

// Output:
// request 1: context canceled
// request 2: even
// request 2: context canceled
// request 3: context canceled
