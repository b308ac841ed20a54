package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
			arr[2] = 30
		}
		fmt.Println(i, v, arr[i])
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[1] = 20
			sl[2] = 30
		}
		fmt.Println(i, v)
	}
}

// Output:
// 0 1 1
// 1 2 20
// 2 3 30
// [1 20 30]
// 0 1
// 1 20
// 2 30
