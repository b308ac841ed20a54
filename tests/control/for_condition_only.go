package main

import "fmt"

func main() {
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println(steps)
	x := 1
	for x < 1000 {
		x *= 3
	}
	fmt.Println(x)
	digits := 0
	for v := 987654; v > 0; v /= 10 {
		digits++
	}
	fmt.Println(digits)
	k := 0
	for k < 0 {
		k = 100
	}
	fmt.Println(k)
}

// Output:
// 111
// 2187
// 6
// 0
