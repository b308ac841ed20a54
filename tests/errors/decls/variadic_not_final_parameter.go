package main

func f(a ...int, b int) {
	println(b)
}

func main() {
	f(1, 2)
}

// Error:
// 3:10: can only use ... with final parameter in list
