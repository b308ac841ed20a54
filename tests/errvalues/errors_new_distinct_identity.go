package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("same text")
var ErrB = errors.New("same text")

func get(which int) error {
	if which == 0 {
		return ErrA
	}
	return ErrB
}

func main() {
	fmt.Println(ErrA == ErrB)
	fmt.Println(ErrA.Error() == ErrB.Error())
	fmt.Println(get(0) == ErrA, get(1) == ErrA, get(1) == ErrB)
	fmt.Println(errors.Is(get(1), ErrA), errors.Is(get(1), ErrB))
	e1 := errors.New("x")
	e2 := e1
	fmt.Println(e1 == e2, e1 == errors.New("x"))
}

// Output:
// false
// true
// true false true
// false true
// true false
