package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("0123456789")
	fmt.Printf("%q\n", b.Next(3))
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]))
	fmt.Printf("%q\n", b.Next(10))
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	fmt.Printf("%q\n", b.Next(1))
}

// Output:
// "012"
// 4 <nil> 3456
// "789"
// 0 EOF
// 0 <nil>
// ""
