package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Printf("%q %q\n", strings.Repeat("x", 0), strings.Repeat("", 5))
	fmt.Println(len(strings.Repeat("abc", 1000)))
}

// Output:
// banana
// "" ""
// 3000
