package main

const limit = 10

func main() {
	p := &limit
	println(*p)
}

// Error:
// 6:8: invalid operation: cannot take address of limit (untyped int constant 10)
