package main

func main() {
	var a ["three"]int
	println(len(a))
}

// Error:
// 4:9: array length "three" (untyped string constant) must be integer
