package main

import "fmt"

func main() {
	s := []int{3, 1, 2}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	s[1] += 10
	s[2]++
	fmt.Println(s)
	s[len(s)-1] *= 3
	fmt.Println(s)
}

// Output:
// [2 1 3]
// 1 [9 1 3]
// [9 11 4]
// [9 11 12]
