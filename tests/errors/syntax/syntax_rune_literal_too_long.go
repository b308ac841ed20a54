package main

func main() {
	r := 'ab'
	println(r)
}

// Error:
// 4:7: more than one character in rune literal
