package main

func main() {
	var x int
	var x string
	println(x)
}

// Error:
// 5:6: x redeclared in this block
// 	4:6: other declaration of x
