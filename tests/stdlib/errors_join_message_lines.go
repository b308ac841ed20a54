package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.Join(errors.New("first"), nil, errors.New("second"))
	fmt.Println(err)
	fmt.Printf("%q\n", err.Error())
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(errors.New("only"))
	fmt.Println(one)
}

// Output:
// first
// second
// "first\nsecond"
// true true
// only
// Requires: go1.20
