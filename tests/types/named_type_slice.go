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

func doubled(l IntList) IntList {
	out := make(IntList, len(l))
	for i, v := range l {
		out[i] = v * 2
	}
	return out
}

func main() {
	l := IntList{1, 2, 3}
	l = append(l, 4)
	fmt.Println(l, len(l), sum(l))
	d := doubled(l)
	fmt.Printf("%T %v\n", d, d)
	raw := []int{5, 5}
	fmt.Println(sum(IntList(raw)))
	fmt.Println(sum(raw))
	back := []int(d)
	fmt.Printf("%T %v\n", back, back[1:])
}

// Output:
// [1 2 3 4] 4 10
// main.IntList [2 4 6 8]
// 10
// 10
// []int [4 6 8]
