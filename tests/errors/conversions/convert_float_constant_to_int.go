package main

func main() {
	x := int(2.5)
	println(x)
}

// Error:
// 4:11: cannot convert 2.5 (untyped float constant) to type int
