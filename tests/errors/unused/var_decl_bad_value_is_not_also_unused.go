package main

func f() int { return 1 }

// A variable whose initial value does not type-check is not reported as
// unused as well (Go's first error is the real one).
func main() {
	var s string = f()
	var u uint8 = 256
	var ok int = 5
}

// Error:
// 8:17: cannot use f() (value of type int) as type string in variable declaration
// 9:16: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)
// 10:6: ok declared but not used
