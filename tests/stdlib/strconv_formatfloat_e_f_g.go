package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, v := range []float64{0, 1, -2.5, 123456.789, 0.000012345, 1e21, 1e-7} {
		fmt.Println(strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'E', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'g', 4, 64), strconv.FormatFloat(v, 'G', -1, 64))
	}
}

// Output:
// 0.000e+00 0E+00 0.00 0 0 0
// 1.000e+00 1E+00 1.00 1 1 1
// -2.500e+00 -2.5E+00 -2.50 -2.5 -2.5 -2.5
// 1.235e+05 1.23456789E+05 123456.79 123456.789 1.235e+05 123456.789
// 1.234e-05 1.2345E-05 0.00 0.000012345 1.234e-05 1.2345E-05
// 1.000e+21 1E+21 1000000000000000000000.00 1000000000000000000000 1e+21 1E+21
// 1.000e-07 1E-07 0.00 0.0000001 1e-07 1E-07
