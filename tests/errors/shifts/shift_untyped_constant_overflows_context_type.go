// The left operand of a non-constant shift must fit the type the context
// gives it: -2 does not fit uint8, ^0 is -1, 300 does not fit int8; the
// constants beside the shift in the same expression are checked too.
package main

func takeU8(a uint8) {}
func retU8(s uint) uint8 { return -2 >> s }

func main() {
	s := uint(2)
	var x uint8 = -2 >> s
	var u uint16 = ^0 << s
	var k int8 = 300 >> s
	takeU8(-1 << s)
	var g int8 = 1<<s + 200
	_, _, _, _ = x, u, k, g
}

// Error:
// 7:35: -2 (untyped int constant) overflows uint8
// 11:16: -2 (untyped int constant) overflows uint8
// 12:17: ^0 (untyped int constant -1) overflows uint16
// 13:15: 300 (untyped int constant) overflows int8
// 14:9: -1 (untyped int constant) overflows uint8
// 15:22: 200 (untyped int constant) overflows int8
