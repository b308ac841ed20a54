package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(15 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "equal:", dl.Equal(d))
	select {
	case <-ctx.Done():
		fmt.Println(ctx.Err())
	case <-time.After(10 * time.Second):
		fmt.Println("deadline never fired")
	}
	fmt.Println("not before deadline:", !time.Now().Before(d))
}

// Output:
// has deadline: true equal: true
// context deadline exceeded
// not before deadline: true
