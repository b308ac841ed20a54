package main

import "fmt"

// goto in a generic function, instantiated for two types.
func index[T comparable](xs []T, want T) int {
	i := 0
L:
	if i >= len(xs) {
		goto missing
	}
	if xs[i] == want {
		return i
	}
	i++
	goto L
missing:
	return -1
}

func main() {
	fmt.Println(index([]int{3, 1, 4}, 4), index([]int{3, 1, 4}, 9))
	fmt.Println(index([]string{"a", "b"}, "b"), index([]string{}, "z"))
}

// Output:
// 2 -1
// 1 -1
