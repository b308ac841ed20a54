package main

import "fmt"

func main() {
	var x interface{} = []int{1, 2, 3}
	fmt.Println(len(x.([]int)))
	_, ok := x.([]string)
	fmt.Println(ok)
	s := x.([]string)
	fmt.Println(s)
}

// Output:
// 3
// false
// Panic: interface conversion: interface {} is []int, not []string
