package main

func main() {
	a := "x"
	b := "y"
	println(len(a, b))
}

// Error:
// 6:10: invalid operation: too many arguments for len(a, b) (expected 1, found 2)
