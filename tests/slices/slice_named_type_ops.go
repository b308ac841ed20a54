package main

import "fmt"

type IntList []int

func sum(l IntList) int {
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}

func main() {
	l := IntList{1, 2, 3}
	l = append(l, 4)
	fmt.Println(l, len(l), sum(l))
	fmt.Println(sum(l[1:3]))
	fmt.Println(sum([]int{10, 20}))
	var empty IntList
	fmt.Println(empty == nil, sum(empty))
	fmt.Printf("%T %T\n", l, l[1:])
	m := make(IntList, 2, 4)
	fmt.Println(m, cap(m))
}

// Output:
// [1 2 3 4] 4 10
// 5
// 30
// true 0
// main.IntList main.IntList
// [0 0] 4
