// A type argument without the constraint's method, inferred and explicit.
package main

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	Show(1)
	Show[float64](2)
}

// Error:
// 9:6: int does not implement Stringer (missing String method)
// 10:7: float64 does not implement Stringer (missing String method)
