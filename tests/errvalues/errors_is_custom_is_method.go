package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	if !ok {
		return false
	}
	return t.Code/100 == e.Code/100
}

var ErrClient = StatusErr{400}
var ErrServer = StatusErr{500}

func main() {
	err := fmt.Errorf("request failed: %w", StatusErr{404})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrClient), errors.Is(err, ErrServer))
	fmt.Println(errors.Is(StatusErr{503}, ErrServer))
	fmt.Println(errors.Is(StatusErr{404}, StatusErr{404}))
	fmt.Println(errors.Is(err, errors.New("status 404")))
}

// Output:
// request failed: status 404
// true false
// true
// true
// false
