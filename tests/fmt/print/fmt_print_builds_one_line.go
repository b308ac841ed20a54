package main

import "fmt"

func main() {
	for i := 1; i <= 5; i++ {
		fmt.Print(i)
		if i < 5 {
			fmt.Print(",")
		}
	}
	fmt.Print("\n")
	fmt.Print("a", 1, "\n")
	fmt.Print(2, 3.5, "b", "\n")
	fmt.Print("")
	fmt.Print("x\n", "y\n")
	n, _ := fmt.Print("abc\n")
	fmt.Print(n, "\n")
}

// Output:
// 1,2,3,4,5
// a1
// 2 3.5b
// x
// y
// abc
// 4
