package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := s[2:4:6]
	fmt.Println(a, len(a), cap(a))
	b := s[:3:3]
	fmt.Println(b, len(b), cap(b))
	c := s[5:5:8]
	fmt.Println(c, len(c), cap(c))
	a = append(a, 100)
	fmt.Println(s)
	a = append(a, 200)
	fmt.Println(s)
	a = append(a, 300)
	fmt.Println(s, a)
	a = a[:cap(a)]
	fmt.Println(len(a) >= 5)
}

// Output:
// [2 3] 2 4
// [0 1 2] 3 3
// [] 0 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 200 6 7]
// [0 1 2 3 100 200 6 7] [2 3 100 200 300]
// true
