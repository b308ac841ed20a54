package main

func main() {
	x := 5
	y := x.(int)
	println(y)
}

// Error:
// 5:7: invalid operation: x (variable of type int) is not an interface
