package main

func main() {
	x := 5
	println(*x)
}

// Error:
// 5:11: invalid operation: cannot indirect x (variable of type int)
