package main

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"fmt"
)

func main() {
	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")), subtle.ConstantTimeCompare([]byte("ab"), []byte("abc")), subtle.ConstantTimeCompare(nil, []byte{}))
	fmt.Println(subtle.ConstantTimeSelect(1, 4, 9), subtle.ConstantTimeSelect(0, 4, 9))
	fmt.Println(subtle.ConstantTimeByteEq(7, 7), subtle.ConstantTimeByteEq(7, 8), subtle.ConstantTimeEq(-5, -5), subtle.ConstantTimeEq(-5, 5))
	fmt.Println(subtle.ConstantTimeLessOrEq(3, 4), subtle.ConstantTimeLessOrEq(4, 4), subtle.ConstantTimeLessOrEq(5, 4), subtle.ConstantTimeLessOrEq(0, 0))
	x, y := []byte("aaaa"), []byte("bbbb")
	subtle.ConstantTimeCopy(0, x, y)
	fmt.Println(string(x))
	subtle.ConstantTimeCopy(1, x, y)
	fmt.Println(string(x))

	b := make([]byte, 64)
	n, err := rand.Read(b)
	fmt.Println(n, err, bytes.Equal(b, make([]byte, 64)))
	c := make([]byte, 64)
	rand.Reader.Read(c)
	fmt.Println(bytes.Equal(b, c))
	var zero []byte
	n, err = rand.Read(zero)
	fmt.Println(n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	subtle.ConstantTimeCopy(1, x, y[:2])
}

// Output:
// 1 0 0 1
// 4 9
// 1 0 1 0
// 1 1 0 1
// aaaa
// bbbb
// 64 <nil> false
// false
// 0 <nil>
// recovered: subtle: slices have different lengths
