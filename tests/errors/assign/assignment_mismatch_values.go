package main

func main() {
	a, b := 1, 2, 3
	println(a, b)
}

// Error:
// 4:10: assignment mismatch: 2 variables but 3 values
