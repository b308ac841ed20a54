package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, v := range []float64{0.1, 1.0 / 3, 3.14159265358979, 1e23, 5e-324, 16777217} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'e', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
}

// Output:
// 0.1 0.1 1e-01
// 0.3333333333333333 0.33333334 3.3333334e-01
// 3.14159265358979 3.1415927 3.1415927e+00
// 1e+23 1e+23 1e+23
// 5e-324 0 0e+00
// 1.6777217e+07 1.6777216e+07 1.6777216e+07
// 0.1 0.10000000149011612
