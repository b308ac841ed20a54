package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e := fmt.Errorf("layer one: %v", ErrBase)
	fmt.Println(e)
	fmt.Println(errors.Unwrap(e) == nil)
	fmt.Println(errors.Is(e, ErrBase))
	fmt.Printf("%T\n", e)
	e2 := fmt.Errorf("n=%d s=%s q=%q", 3, "x", "y")
	fmt.Println(e2)
	fmt.Printf("%T\n", e2)
}

// Output:
// layer one: base failure
// true
// false
// *errors.errorString
// n=3 s=x q="y"
// *errors.errorString
