package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	t := []int{1, 2, 3, 4, 5}
	n = copy(t, t[2:])
	fmt.Println(n, t)
	b := make([]byte, 3)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
	fmt.Println(copy(dst, []int{}), dst)
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0 0]
// 4 [1 1 2 3 4]
// 3 [3 4 5 4 5]
// 3 hel
// 0 [1 2 3]
