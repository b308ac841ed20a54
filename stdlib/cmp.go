// Package cmp (Go 1.21): comparing ordered values.
package cmp

// Ordered is the set of types that support < <= >= >: integers, floats
// and strings.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x < y; a NaN is less than any other value, and
// -0.0 is not less than 0.0.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare is -1 if x < y, 0 if x == y and +1 if x > y, with NaNs equal
// to each other and less than every other value.
func Compare[T Ordered](x, y T) int {
	xNaN := isNaN(x)
	yNaN := isNaN(y)
	if xNaN && yNaN {
		return 0
	}
	if xNaN || x < y {
		return -1
	}
	if yNaN || x > y {
		return +1
	}
	return 0
}

// Or returns the first of its arguments that is not the zero value
// (Go 1.22).
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

// isNaN: only a NaN is not equal to itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}
