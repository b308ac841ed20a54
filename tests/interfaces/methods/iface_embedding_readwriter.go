package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func main() {
	var rw ReadWriter = &Buffer{}
	fmt.Println(rw.Write("hello"), rw.Write("world!"))
	var r Reader = rw
	var w Writer = rw
	w.Write("third")
	fmt.Println(r.Read())
	fmt.Println(rw.Read())
	fmt.Println(strings.ToUpper(r.Read()))
	fmt.Printf("%q\n", r.Read())
}

// Output:
// 5 6
// hello
// world!
// THIRD
// ""
