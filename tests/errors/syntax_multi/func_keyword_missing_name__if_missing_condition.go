package main

func (a int) {
}

func main() {
}


func main() {
	if {
	}
}

// Error:
// 3:14: syntax error: unexpected {, expecting name or (
// 11:5: syntax error: missing condition in if statement
