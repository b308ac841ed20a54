package main

import (
	"fmt"
	"runtime"
)

func div(a, b int) int { return a / b }

func main() {
	for _, f := range []func(){
		func() { fmt.Println(div(7, 0)) },
		func() { z := 0; fmt.Println(5 % z) },
		func() { var a, b int8 = -128, 0; fmt.Println(a / b) },
		func() { var u uint64 = 10; var z uint64; u /= z; fmt.Println(u) },
	} {
		func() {
			defer func() {
				r := recover()
				_, ok := r.(runtime.Error)
				fmt.Println("recovered:", r, ok)
			}()
			f()
		}()
	}
	zero := 0.0
	fmt.Println("float is fine:", 1/zero)
}

// Output:
// recovered: runtime error: integer divide by zero true
// recovered: runtime error: integer divide by zero true
// recovered: runtime error: integer divide by zero true
// recovered: runtime error: integer divide by zero true
// float is fine: +Inf
