package main

func main() {
	panic('A')
}

// Panic: 65
