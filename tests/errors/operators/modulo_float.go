package main

func main() {
	a := 7.5
	b := 2.0
	println(a % b)
}

// Error:
// 6:10: invalid operation: operator % not defined on a (variable of type float64)
