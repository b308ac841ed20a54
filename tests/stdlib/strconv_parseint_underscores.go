package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1_000", "0x_ff", "0b_1_0", "0_17", "1__0", "_1", "1_", "0x_", "-1_000"} {
		n, err := strconv.ParseInt(s, 0, 64)
		m, err10 := strconv.ParseInt(s, 10, 64)
		fmt.Println(s, n, err, m, err10)
	}
}

// Output:
// 1_000 1000 <nil> 0 strconv.ParseInt: parsing "1_000": invalid syntax
// 0x_ff 255 <nil> 0 strconv.ParseInt: parsing "0x_ff": invalid syntax
// 0b_1_0 2 <nil> 0 strconv.ParseInt: parsing "0b_1_0": invalid syntax
// 0_17 15 <nil> 0 strconv.ParseInt: parsing "0_17": invalid syntax
// 1__0 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseInt: parsing "1__0": invalid syntax
// _1 0 strconv.ParseInt: parsing "_1": invalid syntax 0 strconv.ParseInt: parsing "_1": invalid syntax
// 1_ 0 strconv.ParseInt: parsing "1_": invalid syntax 0 strconv.ParseInt: parsing "1_": invalid syntax
// 0x_ 0 strconv.ParseInt: parsing "0x_": invalid syntax 0 strconv.ParseInt: parsing "0x_": invalid syntax
// -1_000 -1000 <nil> 0 strconv.ParseInt: parsing "-1_000": invalid syntax
