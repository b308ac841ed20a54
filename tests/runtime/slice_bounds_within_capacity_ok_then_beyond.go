package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	n := 4
	fmt.Println(len(s[:n]))
	n++
	fmt.Println(len(s[:n]))
}

// Output:
// 4
// Panic: runtime error: slice bounds out of range [:5] with capacity 4
