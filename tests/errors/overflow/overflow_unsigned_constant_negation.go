package main

const one uint = 1

func main() {
	x := -one
	println(x)
}

// Error:
// 6:7: -one (constant -1 of type uint) overflows uint
