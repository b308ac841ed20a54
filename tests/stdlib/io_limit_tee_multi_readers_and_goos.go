package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

func main() {
	lr := io.LimitReader(strings.NewReader("hello, world"), 5)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v\n", b, err)
	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &log)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), log.String())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	b, err = io.ReadAll(mr)
	fmt.Println(string(b), err)
	n, err := io.Copy(os.Stdout, io.LimitReader(strings.NewReader("limited copy\n"), 8))
	fmt.Println()
	fmt.Println(n, err)
	fmt.Println(runtime.GOOS, runtime.GOARCH != "")
	l := &io.LimitedReader{R: strings.NewReader("xyz"), N: 2}
	b, _ = io.ReadAll(l)
	fmt.Println(string(b), l.N)
}

// Output:
// "hello" <nil>
// teed teed
// abcd <nil>
// limited 
// 8 <nil>
// linux true
// xy 0
