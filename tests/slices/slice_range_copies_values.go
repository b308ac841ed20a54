package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for _, v := range s {
		v *= 10
		_ = v
	}
	fmt.Println(s)
	for i := range s {
		s[i] *= 10
	}
	fmt.Println(s)
	n := 0
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = -1
		}
		n++
		fmt.Println(i, v)
	}
	fmt.Println(n, s)
}

// Output:
// [1 2 3]
// [10 20 30]
// 0 10
// 1 20
// 2 30
// 3 [10 20 -1 99]
