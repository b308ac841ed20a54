package main

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
// 5:8: syntax error: unexpected ++ at end of statement
// 11:9: invalid character U+0023 '#'
// 11:11: syntax error: unexpected literal 4 at end of statement
