package main

func main() {
	x := uint16(70000)
	println(x)
}

// Error:
// 4:14: cannot convert 70000 (untyped int constant) to type uint16
