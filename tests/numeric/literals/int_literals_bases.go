package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0xfF, 017, 0o17, 0b101)
	fmt.Println(1_000_000, 0x_FF_FF)
	fmt.Println('a', '\n', '\x41', '\u00e9')
	fmt.Println(1e3, 2.5e-3, .5, 1.)
	fmt.Printf("%d %x %d\n", 255, 255, 0b101)
}

// Output:
// 31 255 15 15 5
// 1000000 65535
// 97 10 65 233
// 1000 0.0025 0.5 1
// 255 ff 5
