package main

type Handler struct {
	F func()
}

func main() {
	a := Handler{}
	b := Handler{}
	println(a == b)
}

// Error:
// 10:10: invalid operation: a == b (struct containing func() cannot be compared)
