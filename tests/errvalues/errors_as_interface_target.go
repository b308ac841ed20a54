package main

import (
	"errors"
	"fmt"
)

type temporary interface {
	Temporary() bool
}

type NetErr struct{ msg string }

func (e *NetErr) Error() string   { return "net: " + e.msg }
func (e *NetErr) Temporary() bool { return e.msg == "timeout" }

func main() {
	errs := []error{
		fmt.Errorf("fetch: %w", &NetErr{"timeout"}),
		fmt.Errorf("fetch: %w", &NetErr{"refused"}),
		errors.New("plain"),
	}
	for _, err := range errs {
		var t temporary
		if errors.As(err, &t) {
			fmt.Println(err, "-> temporary:", t.Temporary())
		} else {
			fmt.Println(err, "-> no Temporary method", t == nil)
		}
	}
	var target error
	fmt.Println(errors.As(errs[2], &target), target)
}

// Output:
// fetch: net: timeout -> temporary: true
// fetch: net: refused -> temporary: false
// plain -> no Temporary method true
// true plain
