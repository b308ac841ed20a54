package main

import "fmt"

func main() {
	for r := 'a'; r < 'a'+5; r++ {
		fmt.Printf("%c", r)
	}
	fmt.Println()
	word := "Go语言"
	for _, r := range word {
		fmt.Printf("%c=%d;", r, r)
	}
	fmt.Println()
	fmt.Printf("%c%c%c\n", 72, 105, 33)
	var b byte = 'Z'
	fmt.Printf("%c %v %d\n", b, b, b)
	fmt.Printf("%q\n", rune(0x1F600))
}

// Output:
// abcde
// G=71;o=111;语=35821;言=35328;
// Hi!
// Z 90 90
// '😀'
