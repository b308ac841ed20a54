package main

import "fmt"

func main() {
	fmt.Printf("%c\n", 'A')
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%c\n", 233)
	fmt.Printf("%c\n", 0x4e16)
	fmt.Printf("%c\n", 128512)
	var b byte = 'z'
	fmt.Printf("%c %d\n", b, b)
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
	for _, r := range "hé" {
		fmt.Printf("%c=%d;", r, r)
	}
	fmt.Println()
}

// Output:
// A
// Go!
// é
// 世
// 😀
// z 122
// [  x][y  ]
// h=104;é=233;
