package main

import "fmt"

func main() {
	var arr [4]int
	for i := 0; i < 4; i++ {
		arr[i] = i * i
	}
	fmt.Println(arr)
	idx := 2
	fmt.Println(arr[idx])
	idx = len(arr) + 1
	fmt.Println("index", idx)
	fmt.Println(arr[idx])
}

// Output:
// [0 1 4 9]
// 4
// index 5
// Panic: runtime error: index out of range [5] with length 4
