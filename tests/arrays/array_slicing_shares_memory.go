package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(arr)
	arr[3] = 40
	fmt.Println(s)
	all := arr[:]
	all[4] = 50
	fmt.Println(arr, len(all))
	t := s[1:]
	t[0] = 30
	fmt.Println(arr, s, t)
}

// Output:
// [2 3 4] 3 4
// [1 20 3 4 5]
// [20 3 40]
// [1 20 3 40 50] 5
// [1 20 30 40 50] [20 30 40] [30 40]
