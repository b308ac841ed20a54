package main

import (
	"fmt"
	"unicode"
)

func main() {
	vowelsAndEvens := &unicode.RangeTable{
		R16: []unicode.Range16{
			{Lo: '0', Hi: '8', Stride: 2},
			{Lo: 'a', Hi: 'a', Stride: 1},
			{Lo: 'e', Hi: 'e', Stride: 1},
		},
		R32: []unicode.Range32{
			{Lo: 0x1F600, Hi: 0x1F64F, Stride: 1},
		},
	}
	for _, r := range "0123abcde😀x" {
		fmt.Print(" ", unicode.Is(vowelsAndEvens, r))
	}
	fmt.Println()
}

// Output:
//  true false true false true false false false true true false
