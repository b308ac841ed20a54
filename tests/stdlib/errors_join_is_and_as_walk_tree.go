package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var errA = errors.New("a")

func main() {
	_, openErr := os.Open("/no/such/file")
	err := fmt.Errorf("outer: %w", errors.Join(errA, openErr))
	fmt.Println(errors.Is(err, errA), errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	joined := errors.Join(errA, errors.New("b"))
	u, ok := joined.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()), errors.Unwrap(joined) == nil)
}

// Output:
// true true false
// true open /no/such/file
// true 2 true
// Requires: go1.20
