package main

import (
	"errors"
	"fmt"
)

type multi []error

func (m multi) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m multi) Unwrap() []error { return m }

var errDisk = errors.New("disk full")

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	err := multi{errors.New("x"), fmt.Errorf("save: %w", errDisk), &codeErr{7}}
	fmt.Println(err, errors.Is(err, errDisk))
	var ce *codeErr
	fmt.Println(errors.As(err, &ce), ce.code)
	fmt.Println(errors.Is(multi{}, errDisk))
}

// Output:
// 3 errors true
// true 7
// false
// Requires: go1.20
