package main

import "fmt"

func main() {
	a := [3]int{10, 20, 30}
	fmt.Println(a, len(a))
	b := [5]int{1, 2}
	fmt.Println(b, len(b))
	var c [4]string
	c[0], c[3] = "first", "last"
	fmt.Println(c, len(c))
	fmt.Printf("%q\n", c)
	d := [2]bool{true}
	fmt.Println(d)
	a[1] = a[0] + a[2]
	fmt.Println(a[1], a)
}

// Output:
// [10 20 30] 3
// [1 2 0 0 0] 5
// [first   last] 4
// ["first" "" "" "last"]
// [true false]
// 40 [10 40 30]
