package main

const zero uint = 0

func main() {
	x := zero - 1
	println(x)
}

// Error:
// 6:7: zero - 1 (constant -1 of type uint) overflows uint
