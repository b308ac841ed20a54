package main

type A [2]A

func main() {
	var a A
	println(len(a))
}

// Error:
// 3:6: invalid recursive type A
// 	3:6: A refers to
// 	3:6: A
