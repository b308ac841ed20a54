package main

func main() {
	var r rune = 1 << 31
	println(r)
}

// Error:
// 4:15: cannot use 1 << 31 (untyped int constant 2147483648) as rune value in variable declaration (overflows)
