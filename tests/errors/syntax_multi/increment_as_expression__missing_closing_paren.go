package main

func main() {
	i := 0
	j := i++
	println(i, j)
}


func main() {
	println("a"
}

// Error:
// 5:8: syntax error: unexpected ++ at end of statement
// 11:13: syntax error: unexpected newline in argument list; possibly missing comma or )
