package main

func main() {
	var b byte = 'a'
	var r rune = 'b'
	println(b < r)
}

// Error:
// 6:14: invalid operation: b < r (mismatched types byte and rune)
