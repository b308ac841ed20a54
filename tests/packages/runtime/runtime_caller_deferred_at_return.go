// A deferred call's caller is at the return that ran it: the closing
// brace when the function falls off its end, the return statement
// otherwise, and the panicking statement after a recovered panic.
package main

import (
	"fmt"
	"runtime"
)

func where() {
	_, _, line, _ := runtime.Caller(1)
	fmt.Println("line", line)
}

func fallsOff() {
	defer where()
	fmt.Println("body")
}

func returns(x int) int {
	defer where()
	if x > 0 {
		return x
	}
	return -x
}

func named() (r int) {
	defer where()
	r = 5
	return
}

func inLoop(n int) int {
	for i := 0; i < n; i++ {
		defer where()
	}
	return n
}

func recovered() (x int) {
	defer where()
	defer func() { recover(); x = 3 }()
	if x == 0 {
		panic("p")
	}
	return 7
}

func main() {
	fallsOff()
	returns(1)
	returns(-1)
	named()
	inLoop(2)
	fmt.Println(recovered())
}

// Output:
// body
// line 19
// line 24
// line 26
// line 32
// line 39
// line 39
// line 46
// 3
