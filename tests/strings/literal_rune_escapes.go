package main

import "fmt"

func main() {
	fmt.Println('a', 'Z', '0', ' ')
	fmt.Println('\n', '\t', '\\', '\'', '\a', '\b', '\f', '\r', '\v')
	fmt.Println('\x41', '\101', '\u00e9', '\U0001F600')
	fmt.Println('\377', '\xff', '\u2318')
	s := "\x41\u00e9\101\t|"
	fmt.Println(s, len(s))
	fmt.Println("\xff"[0], len("\u00e9"), len("\U0001F600"))
	fmt.Printf("%c %c %q %U\n", 0x263A, 'é', 'x', '⌘')
}

// Output:
// 97 90 48 32
// 10 9 92 39 7 8 12 13 11
// 65 65 233 128512
// 255 255 8984
// AéA	| 6
// 255 2 4
// ☺ é 'x' U+2318
