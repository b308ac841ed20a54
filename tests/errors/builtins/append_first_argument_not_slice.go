package main

func main() {
	n := 1
	n = append(n, 2)
	println(n)
}

// Error:
// 5:13: first argument to append must be a slice; have n (variable of type int)
