package main

import "fmt"

func main() {
	arr := [...]string{"a", "b", "c"}
	i := 1
	fmt.Println(arr[i])
	i -= 2
	fmt.Println("i =", i)
	fmt.Println(arr[i])
}

// Output:
// b
// i = -1
// Panic: runtime error: index out of range [-1]
