package main

func main() {
	n := 1
	println(bool(n))
}

// Error:
// 5:15: cannot convert n (variable of type int) to type bool
