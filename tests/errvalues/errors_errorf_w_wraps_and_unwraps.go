package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer one: %w", ErrBase)
	e2 := fmt.Errorf("layer two: %w", e1)
	fmt.Println(e2)
	fmt.Printf("%T %T\n", e1, e2)
	u := errors.Unwrap(e2)
	fmt.Println(u == e1, u)
	u = errors.Unwrap(u)
	fmt.Println(u == ErrBase, u)
	u = errors.Unwrap(u)
	fmt.Println(u == nil, u)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, e1), errors.Is(e1, e2))
}

// Output:
// layer two: layer one: base failure
// *fmt.wrapError *fmt.wrapError
// true layer one: base failure
// true base failure
// true <nil>
// true true false
