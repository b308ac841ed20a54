package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Timeout int

func (t Timeout) Error() string { return fmt.Sprintf("timeout after %ds", int(t)) }

var ErrPerm = errors.New("permission denied")

func handle(err error) string {
	switch e := err.(type) {
	case nil:
		return "success"
	case *NotFound:
		return "missing key " + e.Key
	case Timeout:
		return fmt.Sprint("retry in ", int(e)*2, "s")
	default:
		if e == ErrPerm {
			return "denied!"
		}
		return "unexpected: " + e.Error()
	}
}

func main() {
	errs := []error{nil, &NotFound{"user"}, Timeout(3), ErrPerm, errors.New("disk full")}
	for _, err := range errs {
		fmt.Println(handle(err))
	}
}

// Output:
// success
// missing key user
// retry in 6s
// denied!
// unexpected: disk full
