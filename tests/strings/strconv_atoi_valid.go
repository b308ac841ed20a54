package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-17", "+5", "007", "9223372036854775807", "-9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	n, err := strconv.Atoi("100")
	if err == nil {
		fmt.Println("ok", n*2)
	}
}

// Output:
// 0 <nil>
// 42 <nil>
// -17 <nil>
// 5 <nil>
// 7 <nil>
// 9223372036854775807 <nil>
// -9223372036854775808 <nil>
// ok 200
