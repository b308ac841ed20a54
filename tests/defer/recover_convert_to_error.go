package main

import (
	"errors"
	"fmt"
)

func toError(r interface{}) error {
	switch v := r.(type) {
	case nil:
		return nil
	case error:
		return v
	case string:
		return errors.New(v)
	default:
		return fmt.Errorf("unknown panic: %v", v)
	}
}

func protect(f func()) (err error) {
	defer func() { err = toError(recover()) }()
	f()
	return nil
}

func main() {
	fmt.Println(protect(func() {}))
	fmt.Println(protect(func() { panic("string panic") }))
	fmt.Println(protect(func() { panic(errors.New("error panic")) }))
	fmt.Println(protect(func() { panic(3.5) }))
	fmt.Println(protect(func() { panic([]int{1, 2}) }))
	var m map[int]int
	err := protect(func() { m[0]++ })
	fmt.Printf("%T %v\n", err == nil, err)
}

// Output:
// <nil>
// string panic
// error panic
// unknown panic: 3.5
// unknown panic: [1 2]
// bool assignment to entry in nil map
