package main

func main() {
	x := uint(-1)
	println(x)
}

// Error:
// 4:12: cannot convert -1 (untyped int constant) to type uint
