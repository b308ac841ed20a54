package main

import "fmt"

func main() {
	fmt.Printf("%d\n", 0)
	fmt.Printf("%d\n", -17)
	fmt.Printf("%d %d\n", 9223372036854775807, -9223372036854775808)
	var b byte = 200
	var r rune = 'Z'
	fmt.Printf("%d %d\n", b, r)
	fmt.Printf("%d\n", []int{1, -2, 3})
	fmt.Printf("%d|%d|%d\n", 1, 22, 333)
	fmt.Printf("sum=%d avg=%d\n", 10+20, (10+20)/2)
}

// Output:
// 0
// -17
// 9223372036854775807 -9223372036854775808
// 200 90
// [1 -2 3]
// 1|22|333
// sum=30 avg=15
