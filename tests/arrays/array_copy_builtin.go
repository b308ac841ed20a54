package main

import "fmt"

func main() {
	var arr [5]int
	n := copy(arr[:], []int{1, 2, 3})
	fmt.Println(n, arr)
	n = copy(arr[2:], []int{7, 8, 9, 10, 11})
	fmt.Println(n, arr)
	src := [3]int{4, 5, 6}
	dst := make([]int, 2)
	n = copy(dst, src[:])
	fmt.Println(n, dst)
	n = copy(arr[1:], arr[:])
	fmt.Println(n, arr)
}

// Output:
// 3 [1 2 3 0 0]
// 3 [1 2 7 8 9]
// 2 [4 5]
// 4 [1 1 2 7 8]
