package main

import "fmt"

func main() {
	fmt.Printf("a\nb\n")
	fmt.Printf("%d\n%d\n", 1, 2)
	fmt.Printf("%s and %s\n", "this", "that")
	fmt.Printf("%v%v%v\n", 1, "x", 2)
	fmt.Printf("%d items at %.2f = %.2f\n", 3, 1.25, 3*1.25)
	name, age := "Ann", 33
	fmt.Printf("%s is %d years old; next year %d\n", name, age, age+1)
}

// Output:
// a
// b
// 1
// 2
// this and that
// 1x2
// 3 items at 1.25 = 3.75
// Ann is 33 years old; next year 34
