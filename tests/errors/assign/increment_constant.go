package main

const n = 1

func main() {
	n++
}

// Error:
// 6:2: cannot assign to n (untyped int constant 1)
