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
	reverse(b[1:3])
	fmt.Println(b)
	var empty []int
	reverse(empty)
	fmt.Println(empty, len(empty))
	one := []int{42}
	reverse(one)
	fmt.Println(one)
}

// Output:
// [5 4 3 2 1]
// [4 3 2 1]
// [4 2 3 1]
// [] 0
// [42]
