package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("line one\nline two\n"))
	fmt.Println(n, err)
	var sb strings.Builder
	n, err = io.Copy(&sb, strings.NewReader(strings.Repeat("x", 70000)))
	fmt.Println(n, err, sb.Len())
}

// Output:
// line one
// line two
// 18 <nil>
// 70000 <nil> 70000
