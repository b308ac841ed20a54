package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	hi := 3
	fmt.Println(arr[1:hi])
	hi = 7
	fmt.Println("hi =", hi)
	fmt.Println(arr[1:hi])
}

// Output:
// [2 3]
// hi = 7
// Panic: runtime error: slice bounds out of range [:7] with length 5
