package main

func main() {
	i := 0
	j := i++
	println(i, j)
}

// Error:
// 5:8: syntax error: unexpected ++ at end of statement
