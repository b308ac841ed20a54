package main

import "fmt"

func main() {
	fmt.Println(0b, 0779)
	fmt.Println(0x, 0779)
}

// Error:
// 6:16: binary literal has no digits
// 6:21: invalid digit '9' in octal literal
// 7:16: hexadecimal literal has no digits
// 7:21: invalid digit '9' in octal literal
