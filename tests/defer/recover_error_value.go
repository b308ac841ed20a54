package main

import (
	"errors"
	"fmt"
)

var ErrBad = errors.New("bad input")

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			fmt.Println("is error:", ok)
			err = e
		}
	}()
	panic(fmt.Errorf("run: %w", ErrBad))
}

func main() {
	err := run()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBad), errors.Unwrap(err) == ErrBad)
	fmt.Printf("%T\n", errors.Unwrap(err))
}

// Output:
// is error: true
// run: bad input
// true true
// *errors.errorString
