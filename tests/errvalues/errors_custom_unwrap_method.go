package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func main() {
	err := error(&QueryError{"SELECT 1", ErrTimeout})
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == ErrTimeout)
	fmt.Println(errors.Is(err, ErrTimeout))
	outer := fmt.Errorf("db: %w", err)
	fmt.Println(outer)
	fmt.Println(errors.Is(outer, ErrTimeout))
	var qe *QueryError
	fmt.Println(errors.As(outer, &qe), qe.Query)
	inner := &QueryError{"SELECT 2", fmt.Errorf("net: %w", ErrTimeout)}
	fmt.Println(errors.Is(inner, ErrTimeout), inner)
}

// Output:
// query SELECT 1: timeout
// true
// true
// db: query SELECT 1: timeout
// true
// true SELECT 1
// true query SELECT 2: net: timeout
