package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op   string
	Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

func open(name string) error {
	if name == "ok" {
		return nil
	}
	inner := &PathError{"open", "/tmp/" + name}
	return fmt.Errorf("config: %w", inner)
}

func main() {
	err := open("app.cfg")
	fmt.Println(err)
	var pe *PathError
	fmt.Println(pe == nil)
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path)
		fmt.Println(pe)
	}
	var pe2 *PathError
	fmt.Println(errors.As(errors.New("plain"), &pe2), pe2 == nil)
	fmt.Println(open("ok") == nil)
}

// Output:
// config: open /tmp/app.cfg: failed
// true
// as PathError: open /tmp/app.cfg
// open /tmp/app.cfg: failed
// false true
// true
