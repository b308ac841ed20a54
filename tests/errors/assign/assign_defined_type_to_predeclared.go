package main

// A value of a defined type is not assignable to its predeclared
// underlying type, nor the other way, without a conversion (both are
// named types).
type Small uint8

const B2 Small = 3

func take(b byte) {}

func main() {
	var b byte
	var u uint8 = 1
	b = B2
	var s Small = u
	take(Small(1))
	_, _ = b, s
}

// Error:
// 15:6: cannot use B2 (constant 3 of type Small) as type byte in assignment
// 16:16: cannot use u (variable of type uint8) as type Small in variable declaration
// 17:7: cannot use Small(1) (constant 1 of type Small) as type byte in argument to take
