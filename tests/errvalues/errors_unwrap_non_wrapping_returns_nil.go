package main

import (
	"errors"
	"fmt"
)

type Plain struct{}

func (Plain) Error() string { return "plain" }

func main() {
	base := errors.New("base")
	fmt.Println(errors.Unwrap(base) == nil)
	fmt.Println(errors.Unwrap(Plain{}) == nil)
	fmt.Println(errors.Unwrap(nil) == nil)
	fmt.Println(errors.Unwrap(fmt.Errorf("v: %v", base)) == nil)
	w := fmt.Errorf("w: %w", base)
	fmt.Println(errors.Unwrap(w) == base)
	fmt.Println(errors.Unwrap(fmt.Errorf("w: %w", Plain{})) == Plain{})
	fmt.Println(errors.Unwrap(w), errors.Unwrap(errors.Unwrap(w)))
}

// Output:
// true
// true
// true
// true
// true
// true
// base <nil>
