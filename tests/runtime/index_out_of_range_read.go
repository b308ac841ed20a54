package main

import "fmt"

func main() {
	a := []int{10, 20, 30}
	i := 5
	fmt.Println(a[i])
}

// Panic: runtime error: index out of range [5] with length 3
