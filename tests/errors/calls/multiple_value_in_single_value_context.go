package main

func pair() (int, int) {
	return 1, 2
}

func main() {
	x := pair() + 1
	println(x)
}

// Error:
// 8:7: multiple-value pair() (value of type (int, int)) in single-value context
