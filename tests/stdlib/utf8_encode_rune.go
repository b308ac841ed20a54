package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '世', '😀', 0xD800, -1, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(n, buf[:n])
	}
}

// Output:
// 1 [97]
// 2 [195 169]
// 3 [228 184 150]
// 4 [240 159 152 128]
// 3 [239 191 189]
// 3 [239 191 189]
// 3 [239 191 189]
