package main

func main() {
	for i := 0; i < 3; i++
	println("x")
}


func (a int) {
}

func main() {
}

// Error:
// 4:24: syntax error: unexpected newline, expecting { after for clause
// 12:6: syntax error: unexpected main, expecting (
