// Go 1.19 reports an untyped constant that overflows its shift's type once
// per level of parentheses around it, outermost first.
package main

func main() {
	s := uint(2)
	var a uint8 = ((^0)) >> s
	var b uint8 = (-2 >> s)
	_, _ = a, b
}

// Error:
// 7:16: ((^0)) (untyped int constant -1) overflows uint8
// 7:17: (^0) (untyped int constant -1) overflows uint8
// 7:18: ^0 (untyped int constant -1) overflows uint8
// 8:17: -2 (untyped int constant) overflows uint8
