package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(strings.NewReader(strings.Repeat("ab", 1000)))
	fmt.Println(n, err, b.Len())
	b.Reset()
	b.WriteString("written out\n")
	m, err := b.WriteTo(os.Stdout)
	fmt.Println(m, err, b.Len())
}

// Output:
// 2000 <nil> 2000
// written out
// 12 <nil> 0
