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


func main() {
	x := 3 # 4
	println(x)
}

// Error:
// 4:5: syntax error: missing condition in if statement
// 11:8: syntax error: unexpected ++ at end of statement
// 17:9: invalid character U+0023 '#'
// 17:11: syntax error: unexpected literal 4 at end of statement
