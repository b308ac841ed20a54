package main

import (
	"fmt"
	"io"
)

// counter yields the digits 0..n-1, two bytes per Read at most.
type counter struct{ i, n int }

func (c *counter) Read(p []byte) (int, error) {
	if c.i >= c.n {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && k < 2 && c.i < c.n {
		p[k] = byte('0' + c.i)
		k++
		c.i++
	}
	return k, nil
}

func main() {
	var r io.Reader = &counter{n: 7}
	buf := make([]byte, 8)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			fmt.Println("EOF:", err)
			break
		}
		fmt.Printf("%q\n", buf[:n])
	}
	all, err := io.ReadAll(&counter{n: 10})
	fmt.Println(string(all), err)
}

// Output:
// "01"
// "23"
// "45"
// "6"
// EOF: EOF
// 0123456789 <nil>
