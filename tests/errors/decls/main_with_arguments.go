package main

func main(n int) {
	println(n)
}

// Error:
// 3:6: func main must have no arguments and no return values
