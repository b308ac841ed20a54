package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999x"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err, errors.Is(err, strconv.ErrRange))
	}
}

// Output:
// 9223372036854775807 <nil> false
// 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range true
// -9223372036854775808 <nil> false
// -9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range true
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999x": value out of range true
