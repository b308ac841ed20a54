package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("aé😀!")
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(c), size, r.Len())
	}
	fmt.Println(r.UnreadRune(), r.Len())
	r.Reset("xy")
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.Len())
	fmt.Println(r.UnreadByte())
}

// Output:
// a 1 7
// é 2 5
// 😀 4 1
// ! 1 0
// EOF
// strings.Reader.UnreadRune: previous operation was not ReadRune 0
// x <nil> 2
// strings.Reader.UnreadByte: at beginning of string
