package main

import "fmt"

func main() {
	s := make([]int, 0, 3)
	fmt.Println(s, len(s), cap(s), s == nil)
	s = append(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 2, 3)
	fmt.Println(s, len(s), cap(s))
	t := s[:1]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 9)
	fmt.Println(s)
	u := make([]string, 0, 2)
	u = append(u, "x")
	fmt.Printf("%q %d %d\n", u, len(u), cap(u))
}

// Output:
// [] 0 3 false
// [1] 1 3
// [1 2 3] 3 3
// [1] 1 3
// [1 9 3]
// ["x"] 1 2
