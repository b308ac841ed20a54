package main

import "fmt"

func zero(a [4]int) [4]int {
	for i := range a {
		a[i] = 0
	}
	fmt.Println("inside:", a)
	return a
}

func zeroPtr(a *[4]int) {
	for i := range a {
		a[i] = 0
	}
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	z := zero(arr)
	fmt.Println("after zero:", arr, z)
	zeroPtr(&arr)
	fmt.Println("after zeroPtr:", arr)
	arr[0] = 9
	fmt.Println(z, arr)
}

// Output:
// inside: [0 0 0 0]
// after zero: [1 2 3 4] [0 0 0 0]
// after zeroPtr: [0 0 0 0]
// [0 0 0 0] [9 0 0 0]
