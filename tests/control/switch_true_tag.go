package main

import "fmt"

func main() {
	x := 15
	switch true {
	case x > 10 && x < 20:
		fmt.Println("teens")
	case x > 5:
		fmt.Println("above five")
	}
	ok := false
	switch false {
	case ok:
		fmt.Println("ok is false")
	case true:
		fmt.Println("unreachable")
	}
	switch b := x%2 == 1; b {
	case true:
		fmt.Println("odd")
	case false:
		fmt.Println("even")
	}
}

// Output:
// teens
// ok is false
// odd
