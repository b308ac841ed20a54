package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	fmt.Println("is DeadlineExceeded:", ctx.Err() == context.DeadlineExceeded)
	fmt.Println("waited at least 10ms:", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// context deadline exceeded
// is DeadlineExceeded: true
// waited at least 10ms: true
