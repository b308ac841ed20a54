package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 1, -1, 12345, -99999} {
		s := strconv.Itoa(n)
		m, err := strconv.Atoi(s)
		fmt.Println(s, m, m == n, err)
	}
	n, _ := strconv.Atoi("21")
	fmt.Println(n * 2)
	fmt.Printf("%T %T\n", strconv.Itoa(1), n)
}

// Output:
// 0 0 true <nil>
// 1 1 true <nil>
// -1 -1 true <nil>
// 12345 12345 true <nil>
// -99999 -99999 true <nil>
// 42
// string int
