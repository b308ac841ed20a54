package main

func main() {
	n := println("hi")
	println(n)
}

// Error:
// 4:7: println("hi") (no value) used as value
