package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

func main() {
	vals := []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1 << 32, math.MaxUint64}
	for _, v := range vals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, v)
		back, m := binary.Uvarint(buf[:n])
		fmt.Printf("%d % x %d %d %x\n", v, buf[:n], back, m, binary.AppendUvarint(nil, v))
	}
	for _, v := range []int64{0, -1, 1, -64, 64, math.MinInt64, math.MaxInt64} {
		b := binary.AppendVarint(nil, v)
		back, n := binary.Varint(b)
		r, err := binary.ReadVarint(bytes.NewReader(b))
		fmt.Printf("%d % x %d %d %d %v\n", v, b, back, n, r, err)
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bufio.NewReader(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}))))
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.BigEndian.Uint32([]byte{1, 2})
}

// Output:
// 0 00 0 1 00
// 1 01 1 1 01
// 127 7f 127 1 7f
// 128 80 01 128 2 8001
// 255 ff 01 255 2 ff01
// 300 ac 02 300 2 ac02
// 16383 ff 7f 16383 2 ff7f
// 16384 80 80 01 16384 3 808001
// 4294967296 80 80 80 80 10 4294967296 5 8080808010
// 18446744073709551615 ff ff ff ff ff ff ff ff ff 01 18446744073709551615 10 ffffffffffffffffff01
// 0 00 0 1 0 <nil>
// -1 01 -1 1 -1 <nil>
// 1 02 1 1 1 <nil>
// -64 7f -64 1 -64 <nil>
// 64 80 01 64 2 64 <nil>
// -9223372036854775808 ff ff ff ff ff ff ff ff ff 01 -9223372036854775808 10 -9223372036854775808 <nil>
// 9223372036854775807 fe ff ff ff ff ff ff ff ff 01 9223372036854775807 10 9223372036854775807 <nil>
// 0 0
// 0 -10
// 0 -11
// 0 EOF
// 0 EOF
// 9223372036854775807 binary: varint overflows a 64-bit integer
// recovered: runtime error: index out of range [3] with length 2
