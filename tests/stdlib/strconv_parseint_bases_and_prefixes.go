package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"FF", 16}, {"-101", 2}, {"z", 36}, {"0x1f", 0}, {"0X1F", 0}, {"0b101", 0}, {"0o17", 0}, {"017", 0}, {"0", 0}, {"0x", 0}, {"12", 8}, {"19", 8}, {"0x1f", 16}} {
		n, err := strconv.ParseInt(c.s, c.base, 64)
		fmt.Println(c.s, c.base, n, err)
	}
}

// Output:
// ff 16 255 <nil>
// FF 16 255 <nil>
// -101 2 -5 <nil>
// z 36 35 <nil>
// 0x1f 0 31 <nil>
// 0X1F 0 31 <nil>
// 0b101 0 5 <nil>
// 0o17 0 15 <nil>
// 017 0 15 <nil>
// 0 0 0 <nil>
// 0x 0 0 strconv.ParseInt: parsing "0x": invalid syntax
// 12 8 10 <nil>
// 19 8 0 strconv.ParseInt: parsing "19": invalid syntax
// 0x1f 16 0 strconv.ParseInt: parsing "0x1f": invalid syntax
