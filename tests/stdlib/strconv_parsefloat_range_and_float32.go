package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "3.4e38", "3.5e38", "1e-46", "0.1", "16777217"} {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f64, err64, f32, err32)
	}
}

// Output:
// 1e308 1e+308 <nil> +Inf strconv.ParseFloat: parsing "1e308": value out of range
// 1e309 +Inf strconv.ParseFloat: parsing "1e309": value out of range +Inf strconv.ParseFloat: parsing "1e309": value out of range
// -1e400 -Inf strconv.ParseFloat: parsing "-1e400": value out of range -Inf strconv.ParseFloat: parsing "-1e400": value out of range
// 1e-400 0 <nil> 0 <nil>
// 4.9e-324 5e-324 <nil> 0 <nil>
// 3.4e38 3.4e+38 <nil> 3.3999999521443642e+38 <nil>
// 3.5e38 3.5e+38 <nil> +Inf strconv.ParseFloat: parsing "3.5e38": value out of range
// 1e-46 1e-46 <nil> 0 <nil>
// 0.1 0.1 <nil> 0.10000000149011612 <nil>
// 16777217 1.6777217e+07 <nil> 1.6777216e+07 <nil>
