package main

type A = B
type B = A

func main() {
	var a A
	println(a)
}

// Error:
// 3:6: invalid recursive type A
// 	3:6: A refers to
// 	4:6: B refers to
// 	3:6: A
