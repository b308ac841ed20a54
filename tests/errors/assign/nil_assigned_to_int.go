package main

func main() {
	var n int = nil
	println(n)
}

// Error:
// 4:14: cannot use nil as int value in variable declaration
