package main

import "fmt"

func incr(n *int) {
	*n++
}

func setNil(p *int) {
	p = nil
}

func appendTo(s *[]int, v int) {
	*s = append(*s, v)
}

func main() {
	c := 0
	incr(&c)
	incr(&c)
	fmt.Println(c)
	p := &c
	setNil(p)
	fmt.Println(p == nil, *p)
	var s []int
	appendTo(&s, 1)
	appendTo(&s, 2)
	fmt.Println(s, len(s))
	m := map[string]int{}
	mp := &m
	(*mp)["k"] = 3
	fmt.Println(m)
}

// Output:
// 2
// false 2
// [1 2] 2
// map[k:3]
