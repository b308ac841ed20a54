package main

import "fmt"

func sum(label string, nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	fmt.Println(label, len(nums), nums == nil)
	return t
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(sum("spread", xs...))
	fmt.Println(sum("empty", []int{}...))
}

// Output:
// none 0 true
// 0
// three 3 false
// 6
// spread 2 false
// 9
// empty 0 false
// 0
