package main

func main() {
	var f float32 = 1e39
	println(f)
}

// Error:
// 4:18: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)
