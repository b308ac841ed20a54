package main

import "fmt"

func main() {
	s := []string{"zero", "one", "two"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	nums := []int{5, 6, 7}
	for _, v := range nums {
		v *= 10
		_ = v
	}
	fmt.Println(nums)
	for i, v := range nums {
		nums[i] = v * 10
	}
	fmt.Println(nums)
	total := 0
	for _, v := range nums {
		total += v
	}
	fmt.Println(total)
}

// Output:
// 0 zero
// 1 one
// 2 two
// 012
// [5 6 7]
// [50 60 70]
// 180
