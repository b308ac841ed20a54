package main

func double(n int) int {
	n := n * 2
	return n
}

func main() {
	println(double(2))
}

// Error:
// 4:4: no new variables on left side of :=
