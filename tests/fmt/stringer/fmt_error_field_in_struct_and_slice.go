package main

import (
	"errors"
	"fmt"
)

type Op struct {
	Name string
	Err  error
	err  error
}

func main() {
	e := errors.New("failed")
	op := Op{"save", e, e}
	fmt.Println(op.Err)
	fmt.Printf("%v\n", []error{e, nil, fmt.Errorf("w: %w", e)})
	m := map[string]error{"b": e, "a": nil}
	fmt.Println(m)
	fmt.Println(op.Name, op.Err == op.err)
	var errs [2]error
	errs[1] = e
	fmt.Println(errs)
}

// Output:
// failed
// [failed <nil> w: failed]
// map[a:<nil> b:failed]
// save true
// [<nil> failed]
