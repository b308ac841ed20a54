package main

func sum(a, b int) int {
	return a + b
}

func main() {
	nums := []int{1, 2}
	println(sum(nums...))
}

// Error:
// 9:10: cannot use ... in call to non-variadic sum
