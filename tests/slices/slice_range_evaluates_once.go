package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Println(i, v)
	}
	fmt.Println(len(s))
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 30
		}
		fmt.Println(i, v)
	}
}

// Output:
// 0 1
// 1 2
// 2 3
// 4
// 0 1
// 1 2
// 2 30
