package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(42) + "!")
	fmt.Println(strconv.Itoa(-7), len(strconv.Itoa(123456)))
	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err == nil)
	m, err := strconv.Atoi("-99")
	fmt.Println(m*2, err == nil)
	z, err := strconv.Atoi("+5")
	fmt.Println(z, err == nil)
	total := 0
	for _, s := range []string{"10", "20", "30"} {
		v, _ := strconv.Atoi(s)
		total += v
	}
	fmt.Println(total)
	fmt.Printf("%q\n", strconv.Itoa(0))
}

// Output:
// 42!
// -7 6
// 1235 true
// -198 true
// 5 true
// 60
// "0"
