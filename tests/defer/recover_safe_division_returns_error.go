package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	q = a / b
	return q, nil
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(-9, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(err != nil, errors.Unwrap(err) == nil)
	q, err = safeDiv(0, 5)
	fmt.Println(q, err == nil)
}

// Output:
// 3 <nil>
// -4 <nil>
// 0 runtime error: integer divide by zero
// true true
// 0 true
