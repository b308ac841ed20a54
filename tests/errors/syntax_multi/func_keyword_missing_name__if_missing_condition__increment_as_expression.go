package main

func (a int) {
}

func main() {
}


func main() {
	if {
	}
}


func main() {
	i := 0
	j := i++
	println(i, j)
}

// Error:
// 3:14: syntax error: unexpected {, expecting name or (
// 11:5: syntax error: missing condition in if statement
// 18:8: syntax error: unexpected ++ at end of statement
