// lostcancel: cancel deferred, called on every path, returned to the
// caller, or a named result; and main, which go vet does not judge.
package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, n int) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
		return n * 2, nil
	}
}

func branches(ok bool) string {
	ctx, cancel := context.WithCancel(context.Background())
	if ok {
		cancel()
		return "cancelled"
	}
	cancel()
	return ctx.Err().Error()
}

func start() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	return ctx, cancel
}

func named() (ctx context.Context, cancel context.CancelFunc) {
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	return
}

func loop(jobs []int) int {
	total := 0
	for _, j := range jobs {
		ctx, cancel := context.WithCancel(context.Background())
		total += j
		cancel()
		_ = ctx
	}
	return total
}

func main() {
	fmt.Println(work(context.Background(), 21))
	fmt.Println(branches(true), branches(false))
	ctx, cancel := start()
	cancel()
	fmt.Println(ctx.Err())
	_, c2 := named()
	c2()
	fmt.Println(loop([]int{1, 2, 3}))
	ctx3, cancel3 := context.WithCancel(context.Background())
	_ = ctx3
	_ = cancel3
}

// Vet:
