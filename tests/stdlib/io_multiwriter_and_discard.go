package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var a, b strings.Builder
	w := io.MultiWriter(&a, os.Stdout, &b)
	fmt.Fprintf(w, "to %d places\n", 3)
	fmt.Printf("%q %q\n", a.String(), b.String())
	n, err := fmt.Fprintln(io.Discard, "vanishes")
	fmt.Println(n, err)
	n2, err := io.Copy(io.Discard, strings.NewReader("12345"))
	fmt.Println(n2, err)
}

// Output:
// to 3 places
// "to 3 places\n" "to 3 places\n"
// 9 <nil>
// 5 <nil>
