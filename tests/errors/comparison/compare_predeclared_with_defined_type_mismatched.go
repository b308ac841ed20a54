package main

// int32 and rune are named types too: comparing one with a defined type
// of the same underlying type is a mismatch, constant or not (found by
// the differential fuzzer).
type Color int32

const Blue Color = 1

func main() {
	var r rune = 5
	var i int32 = 5
	var c Color = 2
	_ = r < Blue
	_ = i == c
	_ = c > r
}

// Error:
// 14:10: invalid operation: r < Blue (mismatched types rune and Color)
// 15:11: invalid operation: i == c (mismatched types int32 and Color)
// 16:10: invalid operation: c > r (mismatched types Color and rune)
