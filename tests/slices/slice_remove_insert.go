package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i int, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	s = remove(s, 1)
	fmt.Println(s)
	s = remove(s, len(s)-1)
	fmt.Println(s)
	s = insert(s, 0, 5)
	fmt.Println(s)
	s = insert(s, 2, 25)
	fmt.Println(s)
	s = insert(s, len(s), 99)
	fmt.Println(s, len(s))
	s = remove(s, 0)
	fmt.Println(s)
}

// Output:
// [10 30 40 50]
// [10 30 40]
// [5 10 30 40]
// [5 10 25 30 40]
// [5 10 25 30 40 99] 6
// [10 25 30 40 99]
