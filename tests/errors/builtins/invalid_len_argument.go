package main

func main() {
	n := 5
	println(len(n))
}

// Error:
// 5:14: invalid argument: n (variable of type int) for len
