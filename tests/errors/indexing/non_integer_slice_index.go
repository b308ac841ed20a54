package main

func main() {
	a := []int{1, 2, 3}
	println(a[1.5])
}

// Error:
// 5:12: 1.5 (untyped float constant) truncated to int
