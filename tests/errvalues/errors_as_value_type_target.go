package main

import (
	"errors"
	"fmt"
)

type RangeErr struct{ Min, Max, Got int }

func (e RangeErr) Error() string {
	return fmt.Sprintf("%d not in [%d, %d]", e.Got, e.Min, e.Max)
}

func check(n int) error {
	if n < 1 || n > 10 {
		return fmt.Errorf("check: %w", RangeErr{1, 10, n})
	}
	return nil
}

func main() {
	err := check(42)
	fmt.Println(err)
	var re RangeErr
	if errors.As(err, &re) {
		fmt.Println("got", re.Got, "max", re.Max)
	}
	var rp *RangeErr
	fmt.Println(errors.As(err, &rp), rp == nil)
	fmt.Println(check(5) == nil)
}

// Output:
// check: 42 not in [1, 10]
// got 42 max 10
// false true
// true
