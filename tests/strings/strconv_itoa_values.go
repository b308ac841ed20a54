package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0))
	fmt.Println(strconv.Itoa(42))
	fmt.Println(strconv.Itoa(-42))
	fmt.Println(strconv.Itoa(9223372036854775807))
	fmt.Println(strconv.Itoa(-9223372036854775808))
	s := strconv.Itoa(123) + strconv.Itoa(456)
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", strconv.Itoa(7))
	out := ""
	for i := 1; i <= 5; i++ {
		out += strconv.Itoa(i * i)
	}
	fmt.Println(out)
}

// Output:
// 0
// 42
// -42
// 9223372036854775807
// -9223372036854775808
// 123456 6
// "7"
// 1491625
