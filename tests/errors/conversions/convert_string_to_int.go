package main

func main() {
	n := int("5")
	println(n)
}

// Error:
// 4:11: cannot convert "5" (untyped string constant) to type int
