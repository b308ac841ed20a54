package main

func zero() int {
	return 0
}

func main() {
	x := 100
	x /= zero()
	println(x)
}

// Panic: runtime error: integer divide by zero
