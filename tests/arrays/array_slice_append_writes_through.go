package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[0:2]
	fmt.Println(len(s), cap(s))
	s = append(s, 99)
	fmt.Println(arr)
	s = append(s, 98, 97)
	fmt.Println(arr, len(s), cap(s))
	s = append(s, 96)
	s[0] = -1
	fmt.Println(arr)
	fmt.Println(s)
}

// Output:
// 2 5
// [1 2 99 4 5]
// [1 2 99 98 97] 5 5
// [1 2 99 98 97]
// [-1 2 99 98 97 96]
