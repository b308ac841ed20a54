package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789")
	buf := make([]byte, 4)
	n, err := r.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := r.Seek(5, io.SeekStart)
	fmt.Println(pos, err, r.Len())
	pos, _ = r.Seek(2, io.SeekCurrent)
	rest, _ := io.ReadAll(r)
	fmt.Println(pos, string(rest))
	pos, _ = r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, r.Len())
	_, err = r.Seek(-20, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	fmt.Println(r.Size())
}

// Output:
// 4 <nil> 3456 10
// 2 EOF 89
// strings.Reader.ReadAt: negative offset
// 5 <nil> 5
// 7 789
// 7 3
// strings.Reader.Seek: negative position
// strings.Reader.Seek: invalid whence
// 10
