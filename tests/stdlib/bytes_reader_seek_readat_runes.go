package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len(), r.Size())
	c, size, _ := r.ReadRune()
	c2, size2, _ := r.ReadRune()
	fmt.Println(string(c), size, string(c2), size2, r.UnreadRune(), r.UnreadRune())
	pos, _ := r.Seek(-5, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(pos, string(rest))
	buf := make([]byte, 5)
	n, err := r.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset([]byte("xy"))
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadByte())
}

// Output:
// 13 13
// h 1 é 2 <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// 8 world
// 5 <nil> world
// bytes.Reader.Seek: negative position
// x <nil> bytes.Reader.UnreadByte: at beginning of slice
