package main

type T T

func main() {
	var t T
	println(t)
}

// Error:
// 3:6: invalid recursive type T
// 	3:6: T refers to
// 	3:6: T
