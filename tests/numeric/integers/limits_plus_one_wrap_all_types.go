package main

import (
	"fmt"
	"math"
)

func main() {
	i8, i16, i32, i64 := int8(math.MaxInt8), int16(math.MaxInt16), int32(math.MaxInt32), int64(math.MaxInt64)
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)
	u8, u16, u32, u64 := uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64)
	u8++
	u16++
	u32++
	u64++
	fmt.Println(u8, u16, u32, u64)
	i8--
	i16--
	i32--
	i64--
	fmt.Println(i8, i16, i32, i64)
	u8 -= 2
	u16 -= 2
	u32 -= 2
	u64 -= 2
	fmt.Println(u8, u16, u32, u64)
}

// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 0 0 0 0
// 127 32767 2147483647 9223372036854775807
// 254 65534 4294967294 18446744073709551614
