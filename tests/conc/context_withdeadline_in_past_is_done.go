package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("already done:", ctx.Err())
	default:
		fmt.Println("not done")
	}
	cancel()
	fmt.Println("cancel keeps first error:", ctx.Err())
}

// Output:
// already done: context deadline exceeded
// cancel keeps first error: context deadline exceeded
