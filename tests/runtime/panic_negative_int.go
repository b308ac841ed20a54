package main

func main() {
	n := -7
	panic(n)
}

// Panic: -7
