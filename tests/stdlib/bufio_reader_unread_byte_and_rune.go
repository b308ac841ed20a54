package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("aé😀"))
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadRune(), r.UnreadByte(), r.UnreadByte())
	r.ReadByte()
	ru, size, _ := r.ReadRune()
	fmt.Println(string(ru), size, r.UnreadRune(), r.UnreadRune())
	ru, size, _ = r.ReadRune()
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size)
	_, _, err := r.ReadRune()
	fmt.Println(err)
}

// Output:
// bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
// a bufio: invalid use of UnreadRune <nil> bufio: invalid use of UnreadByte
// é 2 <nil> bufio: invalid use of UnreadRune
// 😀 4
// EOF
