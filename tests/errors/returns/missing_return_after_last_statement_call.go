package main

func value() int {
	println("computing")
}

func main() {
	println(value())
}

// Error:
// 5:1: missing return
