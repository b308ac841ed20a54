package main

func (a int) {
}

func main() {
}


func main() {
	x := 3 # 4
	println(x)
}

// Error:
// 3:14: syntax error: unexpected {, expecting name or (
// 11:9: invalid character U+0023 '#'
// 11:11: syntax error: unexpected literal 4 at end of statement
