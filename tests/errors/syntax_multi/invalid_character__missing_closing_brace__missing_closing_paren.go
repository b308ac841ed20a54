package main

func main() {
	x := 3 # 4
	println(x)
}


func main() {
	println("a")


func main() {
	println("a"
}

// Error:
// 4:9: invalid character U+0023 '#'
// 4:11: syntax error: unexpected literal 4 at end of statement
// 13:6: syntax error: unexpected main, expecting (
