package main

import (
	"fmt"
	"runtime"
)

func at(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
			re, ok := r.(runtime.Error)
			fmt.Println("runtime.Error:", ok)
			err = re
		}
	}()
	return s[i], nil
}

func main() {
	s := []int{10, 20, 30}
	fmt.Println(at(s, 1))
	fmt.Println(at(s, 3))
	fmt.Println(at(s, -1+0*len(s)))
	var arr [4]string
	i := 4
	func() {
		defer func() { fmt.Println("array:", recover()) }()
		arr[i] = "x"
	}()
}

// Output:
// 20 <nil>
// runtime error: index out of range [3] with length 3
// runtime.Error: true
// 0 runtime error: index out of range [3] with length 3
// runtime error: index out of range [-1]
// runtime.Error: true
// 0 runtime error: index out of range [-1]
// array: runtime error: index out of range [4] with length 4
