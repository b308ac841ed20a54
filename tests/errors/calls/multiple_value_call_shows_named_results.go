package main

import (
	"fmt"
	"strconv"
)

func two() (a, b int) { return 1, 2 }

func plain() (int, string) { return 1, "" }

func main() {
	x := fmt.Println("a") + 1
	y := two() * 2
	z := plain() + 1
	v := strconv.Atoi("1") + 1
	_, _, _, _ = x, y, z, v
}

// Error:
// 13:7: multiple-value fmt.Println("a") (value of type (n int, err error)) in single-value context
// 14:7: multiple-value two() (value of type (a int, b int)) in single-value context
// 15:7: multiple-value plain() (value of type (int, string)) in single-value context
// 16:7: multiple-value strconv.Atoi("1") (value of type (int, error)) in single-value context
