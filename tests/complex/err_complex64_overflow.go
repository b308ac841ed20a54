package main

import "fmt"

const a complex64 = 1e100i

func main() {
	fmt.Println(a)
}

// Error:
// 5:21: cannot use 1e100i (untyped complex constant (0 + 1e+100i)) as complex64 value in constant declaration (overflows)
