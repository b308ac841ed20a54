package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "-0.5", ".5", "5.", "1e3", "1E-2", "+1.5e+2", "1_000.5", "", ".", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "0b101", "1__0"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
}

// Output:
// 3.25 <nil>
// -0.5 <nil>
// 0.5 <nil>
// 5 <nil>
// 1000 <nil>
// 0.01 <nil>
// 150 <nil>
// 1000.5 <nil>
// 0 strconv.ParseFloat: parsing "": invalid syntax
// 0 strconv.ParseFloat: parsing ".": invalid syntax
// 0 strconv.ParseFloat: parsing "e5": invalid syntax
// 0 strconv.ParseFloat: parsing "1e": invalid syntax
// 0 strconv.ParseFloat: parsing "1e+": invalid syntax
// 0 strconv.ParseFloat: parsing "1.2.3": invalid syntax
// 0 strconv.ParseFloat: parsing " 1": invalid syntax
// 0 strconv.ParseFloat: parsing "1 ": invalid syntax
// 0 strconv.ParseFloat: parsing "0b101": invalid syntax
// 0 strconv.ParseFloat: parsing "1__0": invalid syntax
