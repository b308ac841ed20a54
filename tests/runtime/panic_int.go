package main

func main() {
	panic(42)
}

// Panic: 42
