package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "mine" }

type CodeErr int

func (CodeErr) Error() string { return "code" }

func main() {
	base := errors.New("base")
	fmt.Printf("%T\n", base)
	fmt.Printf("%T\n", fmt.Errorf("x: %w", base))
	fmt.Printf("%T\n", fmt.Errorf("x: %v", base))
	fmt.Printf("%T\n", &MyErr{})
	fmt.Printf("%T\n", CodeErr(1))
	var e error
	fmt.Printf("%T\n", e)
	e = CodeErr(2)
	fmt.Printf("%T %v\n", e, e)
}

// Output:
// *errors.errorString
// *fmt.wrapError
// *errors.errorString
// *main.MyErr
// main.CodeErr
// <nil>
// main.CodeErr code
