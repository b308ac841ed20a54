package main

func main() {
	var a [-1]int
	println(len(a))
}

// Error:
// 4:9: invalid array length -1 (untyped int constant)
