package main

func main() {
	a := map[string]int{}
	b := map[string]int{}
	println(a == b)
}

// Error:
// 6:10: invalid operation: a == b (map can only be compared to nil)
