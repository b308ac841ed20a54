package main

func main() {
	x := 1 << 100
	println(x)
}

// Error:
// 4:7: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in assignment (overflows)
