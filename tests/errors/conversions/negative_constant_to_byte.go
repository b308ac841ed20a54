package main

func main() {
	b := byte(-1)
	println(b)
}

// Error:
// 4:12: cannot convert -1 (untyped int constant) to type byte
