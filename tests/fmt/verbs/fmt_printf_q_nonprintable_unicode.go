package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "zero\u200bwidth")
	fmt.Printf("%q\n", "bell\a")
	fmt.Printf("%q\n", "nul\x00end")
	fmt.Printf("%q\n", "\xff\xfe")
	fmt.Printf("%q\n", "ñandú")
	fmt.Printf("%q\n", "tab\there")
	fmt.Printf("%q\n", '\t')
	fmt.Printf("%q\n", '\x00')
	fmt.Printf("%q\n", "\u00a0")
}

// Output:
// "zero\u200bwidth"
// "bell\a"
// "nul\x00end"
// "\xff\xfe"
// "ñandú"
// "tab\there"
// '\t'
// '\x00'
// "\u00a0"
