// A non-constant shift of an untyped constant takes the type the constant
// would have alone in that context; a float type is an error in every
// context: assignment (with and without parentheses), argument, return,
// composite literal element, map value, comparison and a float constant.
package main

func takeF(f float64) {}
func retF(s uint) float64 { return 1 << s }

type P struct{ f float64 }

func main() {
	s := uint(2)
	var f float64 = (1 << s)
	var g float64 = 1<<s + 1
	takeF(1 << s)
	_ = P{1 << s}
	_ = map[string]float64{"a": 1 << s}
	_ = 1<<s == 1.5
	var z float32
	z = 2.0 << s
	_, _, _ = f, g, z
}

// Error:
// 8:36: invalid operation: 1 << s (shift of type float64)
// 14:19: invalid operation: 1 << s (shift of type float64)
// 15:18: invalid operation: 1 << s (shift of type float64)
// 16:8: invalid operation: 1 << s (shift of type float64)
// 17:8: invalid operation: 1 << s (shift of type float64)
// 18:30: invalid operation: 1 << s (shift of type float64)
// 19:6: invalid operation: 1 << s (shift of type float64)
// 21:6: invalid operation: 2.0 << s (shift of type float32)
