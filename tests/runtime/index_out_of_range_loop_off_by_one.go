package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := 0; i <= len(s); i++ {
		fmt.Println(s[i])
	}
}

// Output:
// a
// b
// c
// Panic: runtime error: index out of range [3] with length 3
