package main

import "fmt"

// Backward gotos form loops: a count, a nested pair, and a sum.
func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	r := 0
outer:
	c := 0
inner:
	fmt.Print(r, c, ";")
	c++
	if c < 3 {
		goto inner
	}
	r++
	if r < 2 {
		goto outer
	}
	fmt.Println()

	sum, n := 0, 1
again:
	sum += n
	n++
	if n <= 100 {
		goto again
	}
	fmt.Println(sum)
}

// Output:
// 0 1 2 3 4 
// 0 0;0 1;0 2;1 0;1 1;1 2;
// 5050
