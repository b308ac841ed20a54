package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("key: value\nnext;rest"))
	s, err := r.ReadString(':')
	fmt.Printf("%q %v\n", s, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	s, err = r.ReadString(';')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", b, err, b == nil)
}

// Output:
// "key:" <nil>
// " value\n" <nil>
// "next;" <nil>
// "rest" EOF
// "" EOF false
