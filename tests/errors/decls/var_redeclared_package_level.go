package main

var count = 1
var count = 2

func main() {
	println(count)
}

// Error:
// 4:5: count redeclared in this block
// 	3:5: other declaration of count
