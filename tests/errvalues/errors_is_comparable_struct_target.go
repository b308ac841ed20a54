package main

import (
	"errors"
	"fmt"
)

type Errno int

func (e Errno) Error() string { return fmt.Sprintf("errno %d", int(e)) }

type KeyErr struct{ Key string }

func (k KeyErr) Error() string { return "bad key " + k.Key }

func main() {
	err := fmt.Errorf("syscall: %w", Errno(2))
	fmt.Println(errors.Is(err, Errno(2)), errors.Is(err, Errno(3)))
	kerr := fmt.Errorf("map: %w", KeyErr{"x"})
	fmt.Println(errors.Is(kerr, KeyErr{"x"}), errors.Is(kerr, KeyErr{"y"}))
	fmt.Println(kerr)
	var e Errno
	fmt.Println(errors.As(err, &e), e, int(e))
}

// Output:
// true false
// true false
// map: bad key x
// true errno 2 2
