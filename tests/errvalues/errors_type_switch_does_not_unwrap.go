package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func classify(err error) string {
	switch err.(type) {
	case *NotFound:
		return "direct NotFound"
	case nil:
		return "nil"
	}
	var nf *NotFound
	if errors.As(err, &nf) {
		return "wrapped NotFound (" + nf.Name + ")"
	}
	return "other"
}

func main() {
	base := &NotFound{"file"}
	fmt.Println(classify(base))
	fmt.Println(classify(fmt.Errorf("open: %w", base)))
	fmt.Println(classify(fmt.Errorf("open: %v", base)))
	fmt.Println(classify(nil))
	_, isNF := error(fmt.Errorf("x: %w", base)).(*NotFound)
	fmt.Println(isNF)
}

// Output:
// direct NotFound
// wrapped NotFound (file)
// other
// nil
// false
