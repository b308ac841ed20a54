package main

import "fmt"

func find(xs []int, target int) (idx int) {
	defer func() { fmt.Println("find", target, "->", idx) }()
	for i, x := range xs {
		if x == target {
			return i
		}
	}
	return -1
}

func main() {
	xs := []int{4, 8, 15, 16}
	fmt.Println(find(xs, 15))
	fmt.Println(find(xs, 3))
	fn := func() int {
		defer fmt.Println("closure defer")
		return 7
	}
	fmt.Println(fn())
}

// Output:
// find 15 -> 2
// 2
// find 3 -> -1
// -1
// closure defer
// 7
