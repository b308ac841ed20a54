package main

import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isError := r.(error)
		fmt.Printf("%-8v runtime=%v error=%v\n", r != nil, isRuntime, isError)
	}()
	f()
}

func main() {
	var s []int
	idx := 2
	classify(func() { _ = s[idx] })
	classify(func() { panic(errors.New("plain error")) })
	classify(func() { panic("a string") })
	classify(func() { panic(7) })
	classify(func() {})
	classify(func() { var m map[int]bool; m[1] = true })
}

// Output:
// true     runtime=true error=true
// true     runtime=false error=true
// true     runtime=false error=false
// true     runtime=false error=false
// false    runtime=false error=false
// true     runtime=true error=true
