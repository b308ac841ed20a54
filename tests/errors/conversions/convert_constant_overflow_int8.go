package main

func main() {
	x := int8(200)
	println(x)
}

// Error:
// 4:12: cannot convert 200 (untyped int constant) to type int8
