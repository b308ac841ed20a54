package main

func main() {
	if {
	}
	i := 0
	j := i++
	println(i, j)
}

// Error:
// 4:5: syntax error: missing condition in if statement
// 7:8: syntax error: unexpected ++ at end of statement
