package main

func main() {
	println("a")


println("hi")

func main() {
}

// Error:
// 9:6: syntax error: unexpected main, expecting (
