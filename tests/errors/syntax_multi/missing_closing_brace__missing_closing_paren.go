package main

func main() {
	println("a")


func main() {
	println("a"
}

// Error:
// 7:6: syntax error: unexpected main, expecting (
