package main

import "fmt"

type Stats struct {
	Count int
	Total int
}

func main() {
	m := map[string]Stats{}
	m["a"] = Stats{1, 5}
	v := m["a"]
	v.Count++
	v.Total += 7
	fmt.Println(m["a"], v)
	m["a"] = v
	fmt.Println(m["a"])
	for _, x := range []int{3, 4} {
		s := m["b"]
		s.Count++
		s.Total += x
		m["b"] = s
	}
	fmt.Println(m["b"])
	fmt.Println(m["zzz"].Count, len(m))
	fmt.Println(m)
}

// Output:
// {1 5} {2 12}
// {2 12}
// {2 7}
// 0 2
// map[a:{2 12} b:{2 7}]
