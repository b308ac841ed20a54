package main

import (
	"context"
	"fmt"
	"time"
)

func compute(ctx context.Context, n int) (int, error) {
	res := make(chan int, 1)
	go func() { res <- n * n }()
	select {
	case v := <-res:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	v, err := compute(ctx, 12)
	fmt.Println(v, err)
	fmt.Println("ctx err while running:", ctx.Err())
	cancel()
	fmt.Println("ctx err after cancel:", ctx.Err())
}

// Output:
// 144 <nil>
// ctx err while running: <nil>
// ctx err after cancel: context canceled
