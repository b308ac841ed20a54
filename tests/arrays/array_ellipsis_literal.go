package main

import "fmt"

func main() {
	a := [...]int{5, 4, 3, 2, 1}
	fmt.Println(len(a), a)
	fmt.Printf("%T\n", a)
	s := [...]string{"x", "y"}
	fmt.Printf("%T %v\n", s, s)
	e := [...]float64{}
	fmt.Println(len(e), e)
	fmt.Printf("%T\n", e)
	n := [...][2]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(len(n), n[2][1])
	fmt.Printf("%T\n", n)
}

// Output:
// 5 [5 4 3 2 1]
// [5]int
// [2]string [x y]
// 0 []
// [0]float64
// 3 6
// [3][2]int
