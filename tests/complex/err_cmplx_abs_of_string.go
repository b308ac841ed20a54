package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	fmt.Println(cmplx.Abs("x"))
}

// Error:
// 9:24: cannot use "x" (untyped string constant) as complex128 value in argument to cmplx.Abs
