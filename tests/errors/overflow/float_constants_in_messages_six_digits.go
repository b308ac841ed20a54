// Float constants appear in messages as go/constant writes them: %.6g,
// whatever their exact value; a float that does not fit an integer type
// is "truncated" even when it is a whole number.
package main

const K float32 = 123.456
const L float64 = 0.1 + 0.2

func main() {
	_ = len(K)
	_ = len(L)
	var a int8 = 1234567.0
	var b int8 = 0.1 + 0.2
	var c uint8 = 1e21
	var d int8 = 3.14159265358979
	var e int8 = 1.0 / 3
	_, _, _, _, _ = a, b, c, d, e
}

// Error:
// 10:10: invalid argument: K (constant 123.456 of type float32) for len
// 11:10: invalid argument: L (constant 0.3 of type float64) for len
// 12:15: cannot use 1234567.0 (untyped float constant 1.23457e+06) as int8 value in variable declaration (truncated)
// 13:15: cannot use 0.1 + 0.2 (untyped float constant 0.3) as int8 value in variable declaration (truncated)
// 14:16: cannot use 1e21 (untyped float constant 1e+21) as uint8 value in variable declaration (truncated)
// 15:15: cannot use 3.14159265358979 (untyped float constant 3.14159) as int8 value in variable declaration (truncated)
// 16:15: cannot use 1.0 / 3 (untyped float constant 0.333333) as int8 value in variable declaration (truncated)
