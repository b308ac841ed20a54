package main

func main() {
	a := [2]int{1, 2}
	b := [3]int{1, 2, 3}
	println(a == b)
}

// Error:
// 6:15: invalid operation: a == b (mismatched types [2]int and [3]int)
