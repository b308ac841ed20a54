package main

func main() {
	s := "abc"
	println(s[0] == "a")
}

// Error:
// 5:18: invalid operation: s[0] == "a" (mismatched types byte and untyped string)
