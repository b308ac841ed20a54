package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	b.WriteString("wörld")
	b.WriteByte('!')
	n, _ := b.WriteRune('☺')
	fmt.Println(n, b.Len(), b.String())
	b.WriteRune(-1)
	fmt.Printf("%q\n", b.Bytes())
	fmt.Fprintf(&b, " %d+%d", 1, 2)
	fmt.Println(b.String())
}

// Output:
// 3 16 Hello wörld!☺
// "Hello wörld!☺�"
// Hello wörld!☺� 1+2
