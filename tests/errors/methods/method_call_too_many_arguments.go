package main

type T struct{}

func (t T) M(n int) int { return n }

func main() {
	println(T{}.M(1, 2))
}

// Error:
// 8:19: too many arguments in call to T{}.M
// 	have (number, number)
// 	want (int)
