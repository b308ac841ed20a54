package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatFloat(0.1, 'f', 30, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'e', 25, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', 25, 64))
	fmt.Println(strconv.FormatFloat(1e22, 'f', 3, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(0.125, 'f', 2, 64))
}

// Output:
// 0.100000000000000005551115123126
// 1.0000000000000000555111512e-01
// 0.1000000000000000055511151
// 10000000000000000000000.000
// 2 4 0.12
