package main

func main() {
	a := []int{1, 2, 3}
	i := -1
	println(a[i])
}

// Panic: runtime error: index out of range [-1]
