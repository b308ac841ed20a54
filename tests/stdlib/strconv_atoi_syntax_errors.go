package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "+3", "", "x", "1.5", " 1", "1_000", "0x10", "--1", "-"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}

// Output:
// 42 <nil>
// -7 <nil>
// 3 <nil>
// 0 strconv.Atoi: parsing "": invalid syntax
// 0 strconv.Atoi: parsing "x": invalid syntax
// 0 strconv.Atoi: parsing "1.5": invalid syntax
// 0 strconv.Atoi: parsing " 1": invalid syntax
// 0 strconv.Atoi: parsing "1_000": invalid syntax
// 0 strconv.Atoi: parsing "0x10": invalid syntax
// 0 strconv.Atoi: parsing "--1": invalid syntax
// 0 strconv.Atoi: parsing "-": invalid syntax
