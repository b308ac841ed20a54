package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, "a", 2, "\n")
	fmt.Print(1.5, true, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2)
	n, m := 3, 4
	fmt.Print(n, m)
	fmt.Print("\n")
}

// Output:
// ab
// 1 2
// x1 2y
// 1a2
// 1.5 true
// true false
// [1] [2]
// a b 1 2
// 3 4
