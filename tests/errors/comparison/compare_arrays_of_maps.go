package main

func main() {
	var a, b [1]map[int]int
	println(a == b)
}

// Error:
// 5:10: invalid operation: a == b ([1]map[int]int cannot be compared)
