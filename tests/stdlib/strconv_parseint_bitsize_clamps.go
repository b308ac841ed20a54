package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, bits := range []int{8, 16, 32, 0} {
		for _, s := range []string{"127", "128", "-128", "-129", "40000", "3000000000"} {
			n, err := strconv.ParseInt(s, 10, bits)
			fmt.Println(bits, s, n, err)
		}
	}
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
}

// Output:
// 8 127 127 <nil>
// 8 128 127 strconv.ParseInt: parsing "128": value out of range
// 8 -128 -128 <nil>
// 8 -129 -128 strconv.ParseInt: parsing "-129": value out of range
// 8 40000 127 strconv.ParseInt: parsing "40000": value out of range
// 8 3000000000 127 strconv.ParseInt: parsing "3000000000": value out of range
// 16 127 127 <nil>
// 16 128 128 <nil>
// 16 -128 -128 <nil>
// 16 -129 -129 <nil>
// 16 40000 32767 strconv.ParseInt: parsing "40000": value out of range
// 16 3000000000 32767 strconv.ParseInt: parsing "3000000000": value out of range
// 32 127 127 <nil>
// 32 128 128 <nil>
// 32 -128 -128 <nil>
// 32 -129 -129 <nil>
// 32 40000 40000 <nil>
// 32 3000000000 2147483647 strconv.ParseInt: parsing "3000000000": value out of range
// 0 127 127 <nil>
// 0 128 128 <nil>
// 0 -128 -128 <nil>
// 0 -129 -129 <nil>
// 0 40000 40000 <nil>
// 0 3000000000 3000000000 <nil>
// 255 strconv.ParseUint: parsing "256": value out of range
// 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
