package main

import (
	"errors"
	"fmt"
)

type baseErr struct{ msg string }

func (b *baseErr) Error() string { return "base: " + b.msg }

type DBErr struct {
	*baseErr
	Table string
}

type HTTPErr struct {
	baseErr
	Status int
}

func main() {
	var err error = DBErr{&baseErr{"locked"}, "users"}
	fmt.Println(err)
	err = &HTTPErr{baseErr{"teapot"}, 418}
	fmt.Println(err)
	var he *HTTPErr
	fmt.Println(errors.As(err, &he), he.Status, he.msg)
	fmt.Printf("%v|%s\n", err, err.Error())
}

// Output:
// base: locked
// base: teapot
// true 418 teapot
// base: teapot|base: teapot
