package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	var f float64 = cmplx.Sqrt(-1)
	fmt.Println(f)
}

// Error:
// 9:18: cannot use cmplx.Sqrt(-1) (value of type complex128) as type float64 in variable declaration
