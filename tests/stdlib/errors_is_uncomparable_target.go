package main

import (
	"errors"
	"fmt"
)

type listErr struct{ items []string }

func (e listErr) Error() string { return fmt.Sprint("list error ", e.items) }

func main() {
	// == on a listErr would panic, so errors.Is must not compare with it.
	err := fmt.Errorf("wrapped: %w", listErr{[]string{"a"}})
	fmt.Println(errors.Is(err, listErr{[]string{"a"}}))
	var le listErr
	fmt.Println(errors.As(err, &le), le.items)
}

// Output:
// false
// true [a]
