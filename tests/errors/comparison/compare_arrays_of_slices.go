package main

func main() {
	var a, b [2][]int
	println(a == b)
}

// Error:
// 5:10: invalid operation: a == b ([2][]int cannot be compared)
