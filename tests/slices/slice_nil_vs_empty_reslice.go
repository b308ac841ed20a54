package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d\n", a, b, len(c))
	for i := range a {
		fmt.Println("never", i)
	}
	a = append(a, 7)
	fmt.Println(a, a == nil)
	var s []string
	fmt.Println(s, len(s), s == nil)
	s = s[:0]
	fmt.Println(s == nil)
}

// Output:
// true false false
// 0 0 0 0
// [] [] []
// [] [] 0
// [7] false
// [] 0 true
// true
