package main

func pi() int {
	return 3.14
}

func main() {
	println(pi())
}

// Error:
// 4:9: cannot use 3.14 (untyped float constant) as int value in return statement (truncated)
