// Div panics with runtime errors: divide by zero for y == 0, overflow
// for y <= hi; Rem only for y == 0.
package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, r, isRuntime)
	}()
	f()
}

func main() {
	try("div64 zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 zero", func() { bits.Div32(0, 1, 0) })
	try("div32 overflow", func() { bits.Div32(9, 1, 3) })
	try("div overflow", func() { bits.Div(1, 0, 1) })
	try("rem64 zero", func() { bits.Rem64(1, 1, 0) })
	try("rem32 zero", func() { bits.Rem32(1, 1, 0) })
	try("rem big hi", func() { fmt.Println(bits.Rem64(99, 1, 5)) })
	bits.Div64(1, 1, 1)
}

// Output:
// div64 zero runtime error: integer divide by zero true
// div64 overflow runtime error: integer overflow true
// div32 zero runtime error: integer divide by zero true
// div32 overflow runtime error: integer overflow true
// div overflow runtime error: integer overflow true
// rem64 zero runtime error: integer divide by zero true
// rem32 zero runtime error: integer divide by zero true
// 0
// rem big hi <nil> false
// Panic: runtime error: integer overflow
