package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	n, err := os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("string\n")
	fmt.Println(n, err)
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "through io.Writer")
	fmt.Printf("%T %s %s %s\n", os.Stdout, os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	_, isCloser := w.(io.Closer)
	fmt.Println(isCloser)
}

// Output:
// bytes
// 6 <nil>
// string
// 7 <nil>
// through io.Writer
// *os.File /dev/stdin /dev/stdout /dev/stderr
// true
