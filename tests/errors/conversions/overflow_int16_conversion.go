package main

func main() {
	x := int16(40000)
	println(x)
}

// Error:
// 4:13: cannot convert 40000 (untyped int constant) to type int16
