package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("one,two,three")
	for {
		s, err := b.ReadString(',')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	b = bytes.NewBufferString("a\nbc\n")
	line, err := b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	line, err = b.ReadBytes('x')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	line, err = b.ReadBytes('x')
	fmt.Printf("%q %v\n", line, err)
}

// Output:
// "one," <nil>
// "two," <nil>
// "three" EOF
// "a\n" <nil> 3
// "bc\n" EOF 0
// "" EOF
