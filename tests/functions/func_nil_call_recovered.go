package main

import (
	"fmt"
	"runtime"
)

func call(f func() int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			_, isRT := r.(runtime.Error)
			err = fmt.Errorf("call failed (runtime=%v): %v", isRT, r)
		}
	}()
	return f(), nil
}

func main() {
	fmt.Println(call(func() int { return 7 }))
	var nf func() int
	fmt.Println(call(nf))
	var fs [2]func() int
	fs[0] = func() int { return 1 }
	for _, f := range fs {
		fmt.Println(call(f))
	}
}

// Output:
// 7 <nil>
// 0 call failed (runtime=true): runtime error: invalid memory address or nil pointer dereference
// 1 <nil>
// 0 call failed (runtime=true): runtime error: invalid memory address or nil pointer dereference
