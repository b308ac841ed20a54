package main

import "fmt"

func main() {
	fmt.Println(helper(3))
	fmt.Println(later)
	fmt.Println(usesConst())
}

func helper(n int) string {
	return fmt.Sprint(n*n, " from helper")
}

var later = helper(4)

func usesConst() int {
	return lateConst * 2
}

const lateConst = 21

// Output:
// 9 from helper
// 16 from helper
// 42
