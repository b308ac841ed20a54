package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := fmt.Errorf("nil wrapped: %w", nil)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == nil)
	e2 := fmt.Errorf("string wrapped: %w", "oops")
	fmt.Println(e2)
	fmt.Printf("%T %T\n", e1, e2)
	e3 := fmt.Errorf("no verb", errors.New("extra"))
	fmt.Println(e3)
	e4 := fmt.Errorf("%w and %v", errors.New("first"), errors.New("second"))
	fmt.Println(e4)
	fmt.Println(errors.Unwrap(e4))
}

// Output:
// nil wrapped: %!w(<nil>)
// true
// string wrapped: %!w(string=oops)
// *errors.errorString *errors.errorString
// no verb%!(EXTRA *errors.errorString=extra)
// first and second
// first
