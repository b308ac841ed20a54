package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	f, err := os.CreateTemp("", "gosh-close-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := f.Name()
	defer os.Remove(name)
	hide := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), name, "FILE") }
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(hide(err), errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("x"))
	fmt.Println(hide(err))
	_, err = f.Read(make([]byte, 1))
	fmt.Println(hide(err))
	var nilFile *os.File
	fmt.Println(nilFile.Close(), nilFile.Close() == os.ErrInvalid)
}

// Output:
// <nil>
// close FILE: file already closed true
// write FILE: file already closed
// read FILE: file already closed
// invalid argument true
