package main

func init(n int) {
	println(n)
}

func main() {
}

// Error:
// 3:6: func init must have no arguments and no return values
