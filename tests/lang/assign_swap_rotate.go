package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := "x", "y", "z"
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i, j := 0, 1
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	p, q := 3, 4
	p, q = p+q, p*q
	fmt.Println(p, q)
}

// Output:
// 2 1
// y z x
// [30 20 10]
// [20 30 10]
// 7 12
