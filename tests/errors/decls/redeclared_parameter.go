package main

func f(a int, a string) {
	println(a)
}

func main() {
	f(1, "x")
}

// Error:
// 3:15: a redeclared in this block
// 	3:8: other declaration of a
