package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

type IOError struct{ Op string }

func (e *IOError) Error() string { return "io: " + e.Op }

func load(step int) error {
	switch step {
	case 1:
		return fmt.Errorf("load: %w", fmt.Errorf("read config: %w", &ParseError{12}))
	case 2:
		return fmt.Errorf("load: %w", &IOError{"read"})
	}
	return nil
}

func main() {
	for step := 0; step <= 2; step++ {
		err := load(step)
		var pe *ParseError
		var ie *IOError
		switch {
		case err == nil:
			fmt.Println(step, "no error")
		case errors.As(err, &pe):
			fmt.Println(step, "parse at line", pe.Line, "|", err)
		case errors.As(err, &ie):
			fmt.Println(step, "io op", ie.Op, "|", err)
		}
		fmt.Println(" ", pe == nil, ie == nil)
	}
}

// Output:
// 0 no error
//   true true
// 1 parse at line 12 | load: read config: parse error on line 12
//   false true
// 2 io op read | load: io: read
//   true false
