package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(nums ...int) string {
	return fmt.Sprintf("len=%d nil=%t", len(nums), nums == nil)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3, 4))
	s := []int{10, 20, 30}
	fmt.Println(sum(s...))
	fmt.Println(sum(s[1:]...))
	fmt.Println(describe())
	fmt.Println(describe(1, 2))
	fmt.Println(describe([]int{}...))
}

// Output:
// 0
// 1
// 10
// 60
// 50
// len=0 nil=true
// len=2 nil=false
// len=0 nil=false
