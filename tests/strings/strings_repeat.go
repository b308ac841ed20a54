package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Printf("%q\n", strings.Repeat("x", 0))
	fmt.Println(strings.Repeat("-", 10))
	fmt.Println(strings.Repeat("é", 4), len(strings.Repeat("é", 4)))
	fmt.Printf("%q\n", strings.Repeat("", 5))
	for i := 1; i <= 4; i++ {
		fmt.Println(strings.Repeat(" ", 4-i) + strings.Repeat("*", 2*i-1))
	}
}

// Output:
// ababab
// ""
// ----------
// éééé 8
// ""
//    *
//   ***
//  *****
// *******
