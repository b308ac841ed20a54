package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound = errors.New("not found")
	ErrEmpty    = errors.New("empty key")
)

func lookup(m map[string]int, k string) (int, error) {
	if k == "" {
		return 0, ErrEmpty
	}
	v, ok := m[k]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", ""} {
		v, err := lookup(m, k)
		switch {
		case err == nil:
			fmt.Println("found", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrEmpty):
			fmt.Println("bad key:", err, err == ErrEmpty)
		}
	}
	_, err := lookup(m, "zz")
	fmt.Println(err == ErrNotFound, errors.Is(err, ErrNotFound))
}

// Output:
// found 1
// missing: lookup "b": not found
// bad key: empty key true
// false true
