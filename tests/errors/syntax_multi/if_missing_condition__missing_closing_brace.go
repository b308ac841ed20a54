package main

func main() {
	if {
	}
}


func main() {
	println("a")

// Error:
// 4:5: syntax error: missing condition in if statement
