package main

func divmod(a, b int) (int, int) {
	return a / b
}

func main() {
	q, r := divmod(7, 2)
	println(q, r)
}

// Error:
// 4:9: not enough return values
// 	have (int)
// 	want (int, int)
