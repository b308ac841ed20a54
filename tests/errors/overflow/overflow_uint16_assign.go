package main

func main() {
	var x uint16
	x = 65536
	println(x)
}

// Error:
// 5:6: cannot use 65536 (untyped int constant) as uint16 value in assignment (overflows)
