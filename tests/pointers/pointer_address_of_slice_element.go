package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := &s[2]
	*p = 30
	fmt.Println(s)
	t := s[1:]
	q := &t[1]
	fmt.Println(p == q, *q)
	*q += 1
	fmt.Println(s[2], t[1])
	names := []string{"a", "b"}
	pn := &names[0]
	*pn = "A"
	fmt.Println(names)
	ptrs := []*int{&s[0], &s[3]}
	for _, pp := range ptrs {
		*pp = -*pp
	}
	fmt.Println(s)
}

// Output:
// [1 2 30 4]
// true 30
// 31 31
// [A b]
// [-1 2 31 -4]
