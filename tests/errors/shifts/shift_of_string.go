package main

func main() {
	s := "a"
	println(s << 1)
}

// Error:
// 5:10: invalid operation: shifted operand s (variable of type string) must be integer
