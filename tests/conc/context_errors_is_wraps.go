package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	wrapped := fmt.Errorf("fetch failed: %w", ctx.Err())
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, context.Canceled), errors.Is(wrapped, context.DeadlineExceeded))
	tctx, tcancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer tcancel()
	<-tctx.Done()
	w2 := fmt.Errorf("query: %w", tctx.Err())
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, context.DeadlineExceeded))
}

// Output:
// fetch failed: context canceled
// true false
// query: context deadline exceeded
// true
