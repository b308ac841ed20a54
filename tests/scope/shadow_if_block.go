package main

import "fmt"

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("if:", x)
		x := 3
		fmt.Println("inner:", x)
	} else {
		fmt.Println("else:", x)
	}
	fmt.Println("outer:", x)
	if x := "str"; len(x) > 5 {
		fmt.Println("long", x)
	} else if y := x + "ing"; len(y) > 5 {
		fmt.Println("else-if:", x, y)
	}
	fmt.Println("end:", x)
}

// Output:
// if: 2
// inner: 3
// outer: 1
// else-if: str string
// end: 1
