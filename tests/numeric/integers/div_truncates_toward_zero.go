package main

import "fmt"

func main() {
	for _, n := range []int{7, -7, 6, -6, 1, -1, 0} {
		fmt.Println(n, n/3, n%3, n/-3, n%-3)
	}
	f := -7.0
	fmt.Println(f/2, int(f/2))
	var s int8 = -1
	fmt.Println(s/2, s>>1)
}

// Output:
// 7 2 1 -2 1
// -7 -2 -1 2 -1
// 6 2 0 -2 0
// -6 -2 0 2 0
// 1 0 1 0 1
// -1 0 -1 0 -1
// 0 0 0 0 0
// -3.5 -3
// 0 -1
