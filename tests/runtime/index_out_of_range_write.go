package main

func main() {
	a := make([]int, 3)
	i := 3
	a[i] = 7
}

// Panic: runtime error: index out of range [3] with length 3
