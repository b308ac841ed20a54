package main

func main() {
	var a [2.5]int
	println(len(a))
}

// Error:
// 4:9: array length 2.5 (untyped float constant) must be integer
