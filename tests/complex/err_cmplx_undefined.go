package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	fmt.Println(cmplx.Cbrt(8))
}

// Error:
// 9:20: undefined: cmplx.Cbrt
