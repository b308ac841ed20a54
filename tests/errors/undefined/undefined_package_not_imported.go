package main

func main() {
	println(strings.Repeat("a", 3))
}

// Error:
// 4:10: undefined: strings
