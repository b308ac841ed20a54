package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 7)
	n = copy(big, src)
	fmt.Println(n, big)
	var empty []int
	n = copy(empty, src)
	fmt.Println(n, empty)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	src[0] = 100
	fmt.Println(dst[0])
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0]
// 0 []
// 3 [104 195 169]
// 1
