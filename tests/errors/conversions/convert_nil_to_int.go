package main

func main() {
	n := int(nil)
	println(n)
}

// Error:
// 4:11: cannot convert nil to type int
