package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, "s", 2, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(1.5, 2, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print("end\n")
}

// Output:
// ab
// 1 2 3
// x1 2y
// 1s2
// true false
// 1.5 2
// [1] [2]
// 97 98
// end
