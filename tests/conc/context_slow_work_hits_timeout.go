package main

import (
	"context"
	"fmt"
	"time"
)

func slow(ctx context.Context) error {
	select {
	case <-time.After(time.Hour):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	err := slow(ctx)
	fmt.Println("err:", err)
	fmt.Println(err == context.DeadlineExceeded)
}

// Output:
// err: context deadline exceeded
// true
