package main

func answer() int {
}

func main() {
	println(answer())
}

// Error:
// 4:1: missing return
