package main

func main() {
	n := 1
	int64(n) = 2
	println(n)
}

// Error:
// 5:2: cannot assign to int64(n) (value of type int64)
