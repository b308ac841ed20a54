package main

func main() {
	f := 1e309
	println(f)
}

// Error:
// 4:7: cannot use 1e309 (untyped float constant 1e+309) as float64 value in assignment (overflows)
