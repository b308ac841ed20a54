package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d-%s-%v", 42, "go", true)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v %v %v", 1.5, "x", []int{1, 2}))
	fmt.Println(len(fmt.Sprintf("%5d", 7)))
	msg := fmt.Sprintf("%s has %d items costing %.2f", "cart", 3, 9.5)
	fmt.Println(msg)
	fmt.Println(fmt.Sprintf("no verbs"))
	fmt.Println(fmt.Sprintf("%t|%t", false, 1 < 2))
}

// Output:
// 42-go-true
// 1.5 x [1 2]
// 5
// cart has 3 items costing 9.50
// no verbs
// false|true
