package main

func (n int) Double() int {
	return n * 2
}

func main() {
	println(1)
}

// Error:
// 3:7: cannot define new methods on non-local type int
