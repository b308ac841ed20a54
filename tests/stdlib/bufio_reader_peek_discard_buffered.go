package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghij"), 16)
	p, err := r.Peek(4)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(17)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	n, err := r.Discard(10)
	fmt.Println(n, err, r.Buffered())
	n, err = r.Discard(100)
	fmt.Println(n, err)
	p, err = r.Peek(1)
	fmt.Printf("%q %v\n", p, err)
}

// Output:
// "0123" <nil> 16
// "0123456789abcdef" bufio: buffer full
// bufio: negative count
// 10 <nil> 6
// 10 EOF
// "" EOF
