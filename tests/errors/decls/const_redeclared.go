package main

const (
	A = 1
	B = 2
	A = 3
)

func main() {
	println(A + B)
}

// Error:
// 6:2: A redeclared in this block
// 	4:2: other declaration of A
