package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var errDeadline = errors.New("deadline exceeded")

type timeout struct{}

func (timeout) Error() string        { return "timeout" }
func (timeout) Is(target error) bool { return target == errDeadline }

func main() {
	err := fmt.Errorf("op: %w", fmt.Errorf("inner: %w", timeout{}))
	fmt.Println(errors.Is(err, errDeadline), errors.Is(err, fs.ErrNotExist), errors.Is(nil, nil), errors.Is(err, nil))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == timeout{})
}

// Output:
// true false true false
// true
