package main

type T struct{ n int }

func make0() T { return T{} }

func main() {
	make0().n = 5
}

// Error:
// 8:2: cannot assign to make0().n (value of type int)
