package main

func main() {
	x := 1
	s := 2.0
	println(x << s)
}

// Error:
// 6:15: invalid operation: shift count s (variable of type float64) must be integer
