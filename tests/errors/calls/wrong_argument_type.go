package main

func double(n int) int {
	return n * 2
}

func main() {
	println(double("four"))
}

// Error:
// 8:17: cannot use "four" (untyped string constant) as int value in argument to double
