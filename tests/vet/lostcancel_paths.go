// lostcancel: paths that leave without cancel through a loop's return,
// a select clause, a switch clause (a panic ends its path; a cancel in a
// goroutine counts as a use), a continue that skips it, a guarded return;
// and uses in a returned or deferred func literal.
package main

import (
	"context"
	"errors"
	"time"
)

func l1(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	for i := 0; i < 3; i++ {
		if i == 2 {
			return errors.New("x")
		}
	}
	cancel()
	return nil
}

func l2(ctx context.Context, ch chan int) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	select {
	case <-ch:
		cancel()
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func l3(ctx context.Context, x int) (err error) {
	ctx, cancel := context.WithCancel(ctx)
	switch x {
	case 1:
		cancel()
	case 2:
		panic("no")
	default:
		go func() { cancel() }()
	}
	return
}

func l4(ctx context.Context) func() {
	_, cancel := context.WithCancel(ctx)
	return func() { cancel() }
}

func l5(ctx context.Context, n int) {
	for i := 0; i < n; i++ {
		ctx2, cancel := context.WithCancel(ctx)
		if i == 3 {
			continue
		}
		cancel()
		_ = ctx2
	}
}

func l6(ctx context.Context) {
	var cancel context.CancelFunc
	ctx, cancel = context.WithCancel(ctx)
	_ = ctx
	if cancel != nil {
		return
	}
}

func l7(ctx context.Context, xs []int) {
	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
	}()
	_ = ctx
}

func l8(ctx context.Context, x int) int {
	ctx, cancel := context.WithCancel(ctx)
	_ = ctx
	for {
		if x > 3 {
			break
		}
		x++
	}
	if x > 10 {
		return x
	}
	cancel()
	return 0
}

func main() {
	ctx := context.Background()
	l1(ctx)
	l2(ctx, nil)
	l3(ctx, 1)
	l4(ctx)
	l5(ctx, 1)
	l6(ctx)
	l7(ctx, nil)
	l8(ctx, 1)
}

// Vet:
// lostcancel_paths.go:14:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_paths.go:17:4: this return statement may be reached without using the cancel var defined on line 14
// lostcancel_paths.go:25:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_paths.go:31:3: this return statement may be reached without using the cancel var defined on line 25
// lostcancel_paths.go:55:3: the cancel function is not used on all paths (possible context leak)
// lostcancel_paths.go:62:1: this return statement may be reached without using the cancel var defined on line 55
// lostcancel_paths.go:82:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_paths.go:91:3: this return statement may be reached without using the cancel var defined on line 82
