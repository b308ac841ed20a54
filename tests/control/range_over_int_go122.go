package main

import "fmt"

type Count int

func main() {
	sum := 0
	for i := range 5 {
		sum += i
		fmt.Println("i =", i)
	}
	fmt.Println("sum", sum)
	n := 0
	for range 3 {
		n++
	}
	fmt.Println("n", n)
	k := -2
	for i := range k {
		fmt.Println("never", i)
	}
	var c Count = 2
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	m := 3
	for i := range m {
		m = 10
		fmt.Println("iter", i, "m", m)
	}
}

// Requires: go1.22
// Output:
// i = 0
// i = 1
// i = 2
// i = 3
// i = 4
// sum 10
// n 3
// main.Count 0
// main.Count 1
// iter 0 m 10
// iter 1 m 10
// iter 2 m 10
