package main

import (
	"errors"
	"fmt"
)

func main() {
	results := []interface{}{42, errors.New("bad input"), "ok", fmt.Errorf("code %d", 7), nil}
	for i, r := range results {
		if err, ok := r.(error); ok {
			fmt.Println(i, "error:", err.Error())
			continue
		}
		fmt.Println(i, "value:", r)
	}
	var e error = errors.New("x")
	var a interface{} = e
	fmt.Println(a.(error) == e)
}

// Output:
// 0 value: 42
// 1 error: bad input
// 2 value: ok
// 3 error: code 7
// 4 value: <nil>
// true
