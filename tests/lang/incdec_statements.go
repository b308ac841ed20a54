package main

import "fmt"

func main() {
	i := 5
	i++
	i++
	i--
	fmt.Println(i)
	s := []int{1, 2, 3}
	s[1]++
	s[2]--
	fmt.Println(s)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	fmt.Println(m["a"], m["b"])
	f := 1.5
	f++
	fmt.Println(f)
	var b byte = 255
	b++
	fmt.Println(b)
	idx := 0
	s[idx]++
	idx++
	s[idx] += 10
	fmt.Println(s, idx)
}

// Output:
// 6
// [1 3 2]
// 2 -1
// 2.5
// 0
// [2 13 2] 1
