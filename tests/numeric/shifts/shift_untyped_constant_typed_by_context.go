// Non-constant shifts of untyped constants take their type from the
// context: an int, a uint8, an interface (int), a return type, a struct
// field; a float constant with an integer value shifts as an integer.
package main

import "fmt"

func takeU16(u uint16) uint16 { return u }
func ret(s uint) int64        { return 1.0 << s }

type P struct{ v uint8 }

func main() {
	s := uint(3)
	var m int = 1.0 << s
	var u8 uint8 = 255 >> s
	var i8 int8 = -128 >> s
	var e interface{} = 1 << s
	x := 1 << s
	y := 'a' << s
	fmt.Println(m, u8, i8, e, x, y, takeU16(^uint16(0)>>s), ret(s), P{200 >> s})
	fmt.Printf("%T %T %T\n", e, x, y)
	var big uint64 = 1<<s + 1<<63
	fmt.Println(big, []int8{127 >> s, -1 << s}, 1<<s == 8, 1.0<<s == int(8))
	var w uint8 = 1 << (s + 5)
	fmt.Println(w, uint8(1)<<(s+5), int8(1<<s)<<4)
	const c = 10
	var z int16 = c << s
	fmt.Println(z, c<<s)
}

// Output:
// 8 31 -16 8 8 776 8191 8 {25}
// int int int32
// 9223372036854775816 [15 -8] true true
// 0 0 -128
// 80 80
