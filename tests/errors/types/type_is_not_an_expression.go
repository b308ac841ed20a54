package main

func main() {
	x := int
	println(x)
}

// Error:
// 4:7: int (type) is not an expression
