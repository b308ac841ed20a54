package main

import "strconv"

func main() {
	n := strconv.Atoi("5")
	println(n)
}

// Error:
// 6:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
