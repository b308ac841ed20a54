package main

import (
	"errors"
	"fmt"
)

var ErrDisk = errors.New("disk full")
var ErrNet = errors.New("network down")

func level(n int) error {
	if n == 0 {
		return ErrDisk
	}
	return fmt.Errorf("level %d: %w", n, level(n-1))
}

func main() {
	err := level(4)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrDisk), errors.Is(err, ErrNet))
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("depth", depth)
	flat := fmt.Errorf("flat: %v", err)
	fmt.Println(errors.Is(flat, ErrDisk))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrDisk), errors.Is(err, nil))
}

// Output:
// level 4: level 3: level 2: level 1: disk full
// true false
// depth 5
// false
// true false false
