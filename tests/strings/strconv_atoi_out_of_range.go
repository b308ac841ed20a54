package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("9223372036854775808")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-9223372036854775809")
	fmt.Println(n, err)
	n, err = strconv.Atoi("99999999999999999999999")
	fmt.Println(n, err)
	n, err = strconv.Atoi("9223372036854775807")
	fmt.Println(n, err)
	fmt.Println(err == nil)
}

// Output:
// 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range
// -9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999999": value out of range
// 9223372036854775807 <nil>
// true
