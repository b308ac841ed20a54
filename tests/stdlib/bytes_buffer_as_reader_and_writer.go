package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	io.Copy(&b, strings.NewReader("copied in\n"))
	io.WriteString(&b, "and more\n")
	n, err := io.Copy(os.Stdout, &b)
	fmt.Println(n, err, b.Len())
	var w io.Writer = &b
	var r io.Reader = &b
	fmt.Fprint(w, "round trip")
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err)
}

// Output:
// copied in
// and more
// 19 <nil> 0
// round trip <nil>
