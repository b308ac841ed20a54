// LeadingZeros, TrailingZeros, OnesCount and Len at every width,
// including zero and all ones.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xf0f0, 0x8000_0000, 0xffff_ffff, 1 << 40, 1<<63 | 1, ^uint64(0)} {
		fmt.Println(x,
			bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x), bits.LeadingZeros(uint(x)),
			bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x), bits.TrailingZeros(uint(x)),
			bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x), bits.OnesCount(uint(x)),
			bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x), bits.Len(uint(x)))
	}
	fmt.Println(bits.UintSize)
}

// Output:
// 0 8 16 32 64 64 8 16 32 64 64 0 0 0 0 0 0 0 0 0 0
// 1 7 15 31 63 63 0 0 0 0 0 1 1 1 1 1 1 1 1 1 1
// 2 6 14 30 62 62 1 1 1 1 1 1 1 1 1 1 2 2 2 2 2
// 3 6 14 30 62 62 0 0 0 0 0 2 2 2 2 2 2 2 2 2 2
// 128 0 8 24 56 56 7 7 7 7 7 1 1 1 1 1 8 8 8 8 8
// 255 0 8 24 56 56 0 0 0 0 0 8 8 8 8 8 8 8 8 8 8
// 256 8 7 23 55 55 8 8 8 8 8 0 1 1 1 1 0 9 9 9 9
// 61680 0 0 16 48 48 4 4 4 4 4 4 8 8 8 8 8 16 16 16 16
// 2147483648 8 16 0 32 32 8 16 31 31 31 0 0 1 1 1 0 0 32 32 32
// 4294967295 0 0 0 32 32 0 0 0 0 0 8 16 32 32 32 8 16 32 32 32
// 1099511627776 8 16 32 23 23 8 16 32 40 40 0 0 0 1 1 0 0 0 41 41
// 9223372036854775809 7 15 31 0 0 0 0 0 0 0 1 1 1 2 2 1 1 1 64 64
// 18446744073709551615 0 0 0 0 0 0 0 0 0 0 8 16 32 64 64 8 16 32 64 64
// 64
