package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-42, 2), strconv.FormatInt(255, 16), strconv.FormatInt(35, 36), strconv.FormatInt(0, 7))
	fmt.Println(strconv.FormatInt(math.MinInt64, 10), strconv.FormatInt(math.MinInt64, 16))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(math.MaxUint64, 2), strconv.FormatUint(1295, 36))
	fmt.Println(strconv.Itoa(math.MaxInt64), strconv.Itoa(-1), strconv.Itoa(0))
}

// Output:
// -101010 ff z 0
// -9223372036854775808 -8000000000000000
// 18446744073709551615 1111111111111111111111111111111111111111111111111111111111111111 zz
// 9223372036854775807 -1 0
