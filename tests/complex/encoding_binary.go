package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Sample struct {
	A complex64
	B complex128
	N int16
}

func main() {
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.LittleEndian, Sample{1 + 2i, -3.5 + 1e-10i, 7})
	fmt.Println(buf.Bytes(), err)
	fmt.Println(binary.Size(Sample{}), binary.Size(1i), binary.Size(complex64(1)))
	var s Sample
	err = binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &s)
	fmt.Println(s, err)
	buf.Reset()
	binary.Write(&buf, binary.BigEndian, []complex64{1, 2i})
	fmt.Println(buf.Bytes())
	xs := make([]complex64, 2)
	binary.Read(&buf, binary.BigEndian, xs)
	fmt.Println(xs)
}

// Output:
// [0 0 128 63 0 0 0 64 0 0 0 0 0 0 12 192 187 189 215 217 223 124 219 61 7 0] <nil>
// 26 16 8
// {(1+2i) (-3.5+1e-10i) 7} <nil>
// [63 128 0 0 0 0 0 0 0 0 0 0 64 0 0 0]
// [(1+0i) (0+2i)]
