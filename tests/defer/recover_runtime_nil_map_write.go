package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	func() {
		defer func() {
			r := recover()
			fmt.Println(r)
			err, isErr := r.(error)
			_, isRT := r.(runtime.Error)
			fmt.Println(isErr, isRT)
			fmt.Println(err.Error())
		}()
		m["k"] = 1
	}()
	delete(m, "k")
	fmt.Println("delete on nil map is fine")
}

// Output:
// 0 0
// assignment to entry in nil map
// true true
// assignment to entry in nil map
// delete on nil map is fine
