package main

func main() {
	panic(1.5)
}

// Panic: +1.500000e+000
