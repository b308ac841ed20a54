package main

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
// 4:5: syntax error: missing condition in if statement
// 11:8: syntax error: unexpected ++ at end of statement
