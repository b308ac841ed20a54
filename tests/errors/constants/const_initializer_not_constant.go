package main

func f() int {
	return 3
}

const c = f()

func main() {
	println(c)
}

// Error:
// 7:11: f() (value of type int) is not constant
