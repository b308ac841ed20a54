package main

func one() int {
	return 1
}

func main() {
	a, b := one()
	println(a, b)
}

// Error:
// 8:10: assignment mismatch: 2 variables but one returns 1 value
