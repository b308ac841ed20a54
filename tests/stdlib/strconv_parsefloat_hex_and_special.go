package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1p-2", "0X1.8P+3", "0x.8p1", "0x1.8", "0x1p", "Inf", "-inf", "+Infinity", "infinity", "NaN", "nan", "+nan", "infx"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
}

// Output:
// 0x1p-2 0.25 <nil>
// 0X1.8P+3 12 <nil>
// 0x.8p1 1 <nil>
// 0x1.8 0 strconv.ParseFloat: parsing "0x1.8": invalid syntax
// 0x1p 0 strconv.ParseFloat: parsing "0x1p": invalid syntax
// Inf +Inf <nil>
// -inf -Inf <nil>
// +Infinity +Inf <nil>
// infinity +Inf <nil>
// NaN NaN <nil>
// nan NaN <nil>
// +nan 0 strconv.ParseFloat: parsing "+nan": invalid syntax
// infx 0 strconv.ParseFloat: parsing "infx": invalid syntax
