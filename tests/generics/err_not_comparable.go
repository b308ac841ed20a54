// A type argument outside comparable's type set.
package main

func Index[T comparable](xs []T, v T) int { return -1 }

func main() {
	Index([][]int{}, []int{1})
}

// Error:
// 7:7: []int does not implement comparable
