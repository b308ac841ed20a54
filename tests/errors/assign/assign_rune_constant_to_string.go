package main

func main() {
	var s string = 'a'
	println(s)
}

// Error:
// 4:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration
