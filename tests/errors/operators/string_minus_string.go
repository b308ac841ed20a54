package main

func main() {
	a := "abc"
	b := "c"
	println(a - b)
}

// Error:
// 6:10: invalid operation: operator - not defined on a (variable of type string)
