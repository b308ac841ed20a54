package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	cancel()
	fmt.Println(ctx.Err())
	time.Sleep(30 * time.Millisecond)
	fmt.Println("after the timeout passed:", ctx.Err())
}

// Output:
// context canceled
// after the timeout passed: context canceled
