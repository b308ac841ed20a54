package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, v := range []float64{1, 0.5, -3.75, 1e-310, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)} {
		fmt.Println(strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'x', -1, 64),
			strconv.FormatFloat(v, 'X', 3, 64), strconv.FormatFloat(v, 'x', 0, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(1.5, 'b', -1, 32))
}

// Output:
// 4503599627370496p-52 0x1p+00 0X1.000P+00 0x1p+00
// 4503599627370496p-53 0x1p-01 0X1.000P-01 0x1p-01
// -8444249301319680p-51 -0x1.ep+01 -0X1.E00P+01 -0x1p+02
// 20240225330731p-1074 0x1.2688b70e62bp-1030 0X1.269P-1030 0x0p+00
// +Inf +Inf +Inf +Inf
// -Inf -Inf -Inf -Inf
// NaN NaN NaN NaN
// -0p-1074 -0x0p+00 -0X0.000P+00 -0x0p+00
// %z 12582912p-23
