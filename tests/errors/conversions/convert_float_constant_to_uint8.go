package main

func main() {
	x := uint8(3.75)
	println(x)
}

// Error:
// 4:13: cannot convert 3.75 (untyped float constant) to type uint8
