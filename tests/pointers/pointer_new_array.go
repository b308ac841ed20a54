package main

import "fmt"

func main() {
	a := new([4]int)
	fmt.Println(*a, len(a))
	for i := range a {
		a[i] = i * 3
	}
	fmt.Println(*a)
	b := *a
	b[0] = 100
	fmt.Println(a[0], b[0])
	s := a[1:3]
	s[1] = -6
	fmt.Println(*a, s)
	g := new([2][2]string)
	g[1][0] = "x"
	fmt.Printf("%q\n", *g)
	fmt.Printf("%T %T\n", a, g)
}

// Output:
// [0 0 0 0] 4
// [0 3 6 9]
// 0 100
// [0 3 -6 9] [3 -6]
// [["" ""] ["x" ""]]
// *[4]int *[2][2]string
