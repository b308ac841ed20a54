package main

import "fmt"

func main() {
	var a []string
	fmt.Println(a == nil, len(a))
	a = append(a, "first")
	fmt.Println(a == nil, len(a), a)
	var b []int
	b = append(b, []int{}...)
	fmt.Println(b == nil, len(b))
	var c []int
	c = append(c, nil...)
	fmt.Println(c == nil)
	var d []byte
	d = append(d, "hey"...)
	fmt.Println(d, string(d))
	var m [][]int
	m = append(m, nil)
	fmt.Println(len(m), m[0] == nil, m)
}

// Output:
// true 0
// false 1 [first]
// true 0
// true
// [104 101 121] hey
// 1 true [[]]
