package main

import "fmt"

func main() {
	arr := [5]int{1, 1, 0, 0, 0}
	for i := range arr {
		if i >= 2 {
			arr[i] = arr[i-1] + arr[i-2]
		}
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i] = -arr[i]
	}
	fmt.Println(arr)
	count := 0
	for range arr {
		count++
	}
	fmt.Println(count)
}

// Output:
// [1 1 2 3 5]
// [-1 -1 -2 -3 -5]
// 5
