package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" at-most-one")
		fallthrough
	case 2:
		fmt.Print(" at-most-two")
	case 3:
		fmt.Print(" three")
		fallthrough
	default:
		fmt.Print(" default")
	}
	fmt.Println()
}

func main() {
	for i := 0; i <= 4; i++ {
		describe(i)
	}
	switch {
	case false:
		fmt.Println("not evaluated body")
	case true:
		fmt.Println("true case")
		fallthrough
	case false:
		fmt.Println("fell into false case")
	}
}

// Output:
// 0: zero at-most-one at-most-two
// 1: at-most-one at-most-two
// 2: at-most-two
// 3: three default
// 4: default
// true case
// fell into false case
