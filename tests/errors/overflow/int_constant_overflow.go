package main

func main() {
	x := 1 << 70
	println(x)
}

// Error:
// 4:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
