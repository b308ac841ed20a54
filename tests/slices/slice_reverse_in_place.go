package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	reverse(a)
	fmt.Println(a)
	b := []int{1, 2, 3, 4}
	reverse(b)
	fmt.Println(b)
	var c []int
	reverse(c)
	fmt.Println(c)
	d := []int{1, 2, 3, 4, 5, 6}
	reverse(d[1:4])
	fmt.Println(d)
}

// Output:
// [5 4 3 2 1]
// [4 3 2 1]
// []
// [1 4 3 2 5 6]
