package main

import "fmt"

func double(xs []int) {
	for i := range xs {
		xs[i] *= 2
	}
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:4]
	sub[0] = 20
	fmt.Println(s)
	double(s[3:])
	fmt.Println(s)
	double(sub)
	fmt.Println(s, sub)
	s[2] = -1
	fmt.Println(sub)
	sub2 := sub[1:2]
	sub2[0] = 0
	fmt.Println(s)
}

// Output:
// [1 20 3 4 5]
// [1 20 3 8 10]
// [1 40 6 16 10] [40 6 16]
// [40 -1 16]
// [1 40 0 16 10]
