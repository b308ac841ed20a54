// lostcancel: a call of the program's own function that never returns
// (it exits, calls one that does, or loops forever) ends a path, as in
// go vet; one that may return (a panic under an if, or a recursion,
// which go vet does not follow) does not.
package main

import (
	"context"
	"fmt"
	"os"
)

func die(msg string) {
	fmt.Println(msg)
	os.Exit(1)
}

func fail(msg string) {
	die(msg)
}

func loopForever() {
	for {
	}
}

func maybe(x bool) {
	if x {
		panic("x")
	}
}

func rec(n int) {
	rec(n - 1)
}

func a(x bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if x {
		fail("bad")
		return nil
	}
	cancel()
	_ = ctx
	return nil
}

func b(x bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if x {
		maybe(x)
		return nil
	}
	cancel()
	_ = ctx
	return nil
}

func c(x bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if x {
		loopForever()
		return nil
	}
	cancel()
	_ = ctx
	return nil
}

func d(x bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if x {
		rec(3)
		return nil
	}
	cancel()
	_ = ctx
	return nil
}

func main() {
	a(false)
	b(false)
	c(false)
	d(false)
}

// Vet:
// lostcancel_noreturn.go:49:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_noreturn.go:52:3: this return statement may be reached without using the cancel var defined on line 49
// lostcancel_noreturn.go:71:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_noreturn.go:74:3: this return statement may be reached without using the cancel var defined on line 71
