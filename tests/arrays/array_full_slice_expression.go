package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	t := arr[1:3:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(arr)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(arr)
	fmt.Println(t)
	u := arr[2:]
	fmt.Println(u, len(u), cap(u))
}

// Output:
// [1 2] 2 5
// [1 2] 2 3
// [0 1 2 100 4 5]
// [0 1 2 100 4 5]
// [-1 2 100 200]
// [2 100 4 5] 4 4
