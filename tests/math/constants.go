package main

// Package math's constants as float64 and float32 (their bits), and the
// integer limits.

import (
	"fmt"
	"math"
)

func show(name string, v float64) {
	fmt.Printf("%-22s %.17g [%016x] %v [%08x]\n", name, v, math.Float64bits(v), float32(v), math.Float32bits(float32(v)))
}

func main() {
	show("E", math.E)
	show("Pi", math.Pi)
	show("Phi", math.Phi)
	show("Sqrt2", math.Sqrt2)
	show("SqrtE", math.SqrtE)
	show("SqrtPi", math.SqrtPi)
	show("SqrtPhi", math.SqrtPhi)
	show("Ln2", math.Ln2)
	show("Log2E", math.Log2E)
	show("Ln10", math.Ln10)
	show("Log10E", math.Log10E)
	show("MaxFloat32", math.MaxFloat32)
	show("SmallestNonzeroFloat32", math.SmallestNonzeroFloat32)
	fmt.Printf("MaxFloat64 %.17g [%016x]\n", math.MaxFloat64, math.Float64bits(math.MaxFloat64))
	fmt.Printf("SmallestNonzeroFloat64 %.17g [%016x]\n", math.SmallestNonzeroFloat64, math.Float64bits(math.SmallestNonzeroFloat64))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
}

// Output:
// E                      2.7182818284590451 [4005bf0a8b145769] 2.7182817 [402df854]
// Pi                     3.1415926535897931 [400921fb54442d18] 3.1415927 [40490fdb]
// Phi                    1.6180339887498949 [3ff9e3779b97f4a8] 1.618034 [3fcf1bbd]
// Sqrt2                  1.4142135623730951 [3ff6a09e667f3bcd] 1.4142135 [3fb504f3]
// SqrtE                  1.6487212707001282 [3ffa61298e1e069c] 1.6487212 [3fd3094c]
// SqrtPi                 1.7724538509055161 [3ffc5bf891b4ef6b] 1.7724539 [3fe2dfc5]
// SqrtPhi                1.272019649514069 [3ff45a3146a88456] 1.2720196 [3fa2d18a]
// Ln2                    0.69314718055994529 [3fe62e42fefa39ef] 0.6931472 [3f317218]
// Log2E                  1.4426950408889634 [3ff71547652b82fe] 1.442695 [3fb8aa3b]
// Ln10                   2.3025850929940459 [40026bb1bbb55516] 2.3025851 [40135d8e]
// Log10E                 0.43429448190325182 [3fdbcb7b1526e50e] 0.4342945 [3ede5bd9]
// MaxFloat32             3.4028234663852886e+38 [47efffffe0000000] 3.4028235e+38 [7f7fffff]
// SmallestNonzeroFloat32 1.4012984643248171e-45 [36a0000000000000] 1e-45 [00000001]
// MaxFloat64 1.7976931348623157e+308 [7fefffffffffffff]
// SmallestNonzeroFloat64 4.9406564584124654e-324 [0000000000000001]
// 9223372036854775807 -9223372036854775808 127 -128 32767 -32768 2147483647 -2147483648
// 9223372036854775807 -9223372036854775808 18446744073709551615 255 65535 4294967295 18446744073709551615
