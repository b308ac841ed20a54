package main

func main() {
	panic(false)
}

// Panic: false
