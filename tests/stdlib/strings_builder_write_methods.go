package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.Grow(8)
	n, _ := b.WriteString("héllo")
	fmt.Println(n, b.Len())
	b.WriteByte(' ')
	n, _ = b.WriteRune('世')
	fmt.Println(n)
	b.WriteRune(-1)
	b.Write([]byte("!"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
}

// Output:
// 6 6
// 3
// "héllo 世�!" 14
// "" 0
