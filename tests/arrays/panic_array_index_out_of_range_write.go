package main

import "fmt"

func main() {
	var counts [3]int
	data := []int{0, 1, 2, 1, 3, 0}
	for _, d := range data {
		fmt.Println("count", d)
		counts[d]++
	}
	fmt.Println(counts)
}

// Output:
// count 0
// count 1
// count 2
// count 1
// count 3
// Panic: runtime error: index out of range [3] with length 3
