package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d-%s-%t", 7, "x", false)
	fmt.Println(s, len(s))
	id := fmt.Sprintf("%05d", 123)
	fmt.Println(id)
	pct := fmt.Sprintf("%.1f%%", 12.345)
	fmt.Println(pct)
	lines := ""
	for i := 1; i <= 3; i++ {
		lines += fmt.Sprintf("[%d]", i*i)
	}
	fmt.Println(lines)
	fmt.Println(fmt.Sprintf("%v", []int{1, 2}) == "[1 2]")
	fmt.Println(fmt.Sprintf("%q", []string{"a"}))
}

// Output:
// 7-x-false 9
// 00123
// 12.3%
// [1][4][9]
// true
// ["a"]
