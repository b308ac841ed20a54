package main

import (
	"bufio"
	"fmt"
)

type logged struct{}

func (logged) Write(p []byte) (int, error) {
	fmt.Printf("Write(%q)\n", p)
	return len(p), nil
}

func main() {
	w := bufio.NewWriterSize(logged{}, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Available(), w.Buffered())
	w.WriteString("fghij")
	fmt.Println("buffered", w.Buffered())
	w.Write([]byte("0123456789ABCDEF"))
	w.WriteRune('😀')
	fmt.Println("before flush", w.Buffered())
	fmt.Println(w.Flush(), w.Buffered())
}

// Output:
// 8 8 0
// 2 6
// Write("abcdéfg")
// buffered 3
// Write("hij01234")
// Write("56789ABCDEF")
// before flush 4
// Write("😀")
// <nil> 0
