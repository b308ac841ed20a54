package main

import (
	"bufio"
	"errors"
	"fmt"
)

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	f.n++
	if f.n > 1 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func main() {
	w := bufio.NewWriterSize(&failing{}, 4)
	fmt.Println(w.WriteString("abcd"))
	fmt.Println(w.WriteString("efgh"))
	fmt.Println(w.Flush())
	fmt.Println(w.WriteString("x"))
	fmt.Println(w.WriteByte('y'), w.Flush())
	w.Reset(&failing{})
	fmt.Println(w.WriteString("ok"))
	fmt.Println(w.Flush())
}

// Output:
// 4 <nil>
// 4 <nil>
// disk full
// 0 disk full
// disk full disk full
// 2 <nil>
// <nil>
