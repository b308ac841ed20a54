package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "+42", "-42", "-0", "0xFFFFFFFFFFFFFFFF"} {
		n, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(n, err)
	}
}

// Output:
// 42 <nil>
// 0 strconv.ParseUint: parsing "+42": invalid syntax
// 0 strconv.ParseUint: parsing "-42": invalid syntax
// 0 strconv.ParseUint: parsing "-0": invalid syntax
// 18446744073709551615 <nil>
