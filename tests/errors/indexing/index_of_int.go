package main

func main() {
	n := 12
	println(n[0])
}

// Error:
// 5:11: invalid operation: cannot index n (variable of type int)
