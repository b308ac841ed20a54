package main

type T struct{}

func (t T) M(a, b int) int { return a + b }

func main() {
	println(T{}.M(1))
}

// Error:
// 8:16: not enough arguments in call to T{}.M
// 	have (number)
// 	want (int, int)
