package main

import "fmt"

type Transform func(int) int

func (t Transform) Then(u Transform) Transform {
	return func(x int) int { return u(t(x)) }
}

func (t Transform) Apply(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = t(x)
	}
	return out
}

func main() {
	double := Transform(func(x int) int { return x * 2 })
	inc := Transform(func(x int) int { return x + 1 })
	fmt.Println(double(5), inc(5))
	fmt.Println(double.Then(inc)(5), inc.Then(double)(5))
	fmt.Println(double.Then(double).Then(inc).Apply([]int{1, 2, 3}))
	var t Transform = inc
	fmt.Println(t.Apply([]int{0}))
}

// Output:
// 10 6
// 11 12
// [5 9 13]
// [1]
