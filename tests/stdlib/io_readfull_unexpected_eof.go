package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789")
	buf := make([]byte, 4)
	for {
		n, err := io.ReadFull(r, buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err := io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 3)
	fmt.Println(n, err)
}

// Output:
// 4 "0123" <nil>
// 4 "4567" <nil>
// 2 "89" unexpected EOF
// 0 true
// 0 short buffer
