// Package subtle: functions whose time does not depend on secret data
// (as far as an interpreter can promise: no branch depends on it).
package subtle

// ConstantTimeCompare is 1 when x and y are equal, else 0; its time
// depends on the lengths only.
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var v byte
	for i := 0; i < len(x); i++ {
		v |= x[i] ^ y[i]
	}
	return ConstantTimeByteEq(v, 0)
}

// ConstantTimeSelect is x if v is 1 and y if v is 0.
func ConstantTimeSelect(v, x, y int) int { return ^(v-1)&x | (v-1)&y }

// ConstantTimeByteEq is 1 if x == y, else 0.
func ConstantTimeByteEq(x, y uint8) int {
	return int((uint32(x^y) - 1) >> 31)
}

// ConstantTimeEq is 1 if x == y, else 0.
func ConstantTimeEq(x, y int32) int {
	return int((uint64(uint32(x^y)) - 1) >> 63)
}

// ConstantTimeCopy copies y into x if v is 1, and leaves x if v is 0;
// x and y must have the same length.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	xmask := byte(v - 1)
	ymask := byte(^(v - 1))
	for i := 0; i < len(x); i++ {
		x[i] = x[i]&xmask | y[i]&ymask
	}
}

// ConstantTimeLessOrEq is 1 if x <= y, else 0 (x and y in [0, 2**31)).
func ConstantTimeLessOrEq(x, y int) int {
	x32, y32 := int32(x), int32(y)
	return int(((x32 - y32 - 1) >> 31) & 1)
}

// XORBytes sets dst[i] = x[i] ^ y[i] for i < n = min(len(x), len(y)) and
// returns n; dst must hold n bytes (Go 1.20).
func XORBytes(dst, x, y []byte) int {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	if n == 0 {
		return 0
	}
	if n > len(dst) {
		panic("subtle.XORBytes: dst too short")
	}
	for i := 0; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
	return n
}
