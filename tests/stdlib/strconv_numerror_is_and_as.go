package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseFloat("1e999", 64)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	wrapped := fmt.Errorf("reading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(ne) == strconv.ErrRange)
	e := &strconv.NumError{Func: "ParseThing", Num: "a\"b", Err: errors.New("custom")}
	fmt.Println(e)
}

// Output:
// ParseFloat 1e999 value out of range
// true false
// reading config: strconv.ParseFloat: parsing "1e999": value out of range
// true
// strconv.ParseThing: parsing "a\"b": custom
