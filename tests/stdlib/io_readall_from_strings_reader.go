package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader(strings.Repeat("gopher ", 200))
	data, err := io.ReadAll(r)
	fmt.Println(len(data), err, string(data[:13]))
	data, err = io.ReadAll(r)
	fmt.Println(len(data), err, data != nil)
	fmt.Println(r.Len(), r.Size())
}

// Output:
// 1400 <nil> gopher gopher
// 0 <nil> true
// 0 1400
