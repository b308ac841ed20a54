package main

import (
	"bufio"
	"fmt"
	"io"
)

// oneByte hands out its input a byte per Read, so runes arrive in pieces.
type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(o.s) == 0 {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

func main() {
	r := bufio.NewReader(&oneByte{"日本\xffé"})
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %d\n", c, size)
	}
}

// Output:
// '日' 3
// '本' 3
// '�' 1
// 'é' 2
// EOF
