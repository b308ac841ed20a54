package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	fmt.Println(a, len(a), cap(a))
	b := make([]int, 4)
	fmt.Println(b, len(b), cap(b))
	c := make([]string, 2)
	fmt.Printf("%q\n", c)
	d := make([]bool, 3)
	fmt.Println(d)
	e := make([]float64, 2, 5)
	fmt.Println(e, len(e), cap(e))
	a = a[:cap(a)]
	fmt.Println(len(a), a)
	f := make([][]int, 2)
	fmt.Println(f, f[0] == nil)
}

// Output:
// [0 0 0] 3 10
// [0 0 0 0] 4 4
// ["" ""]
// [false false false]
// [0 0] 2 5
// 10 [0 0 0 0 0 0 0 0 0 0]
// [[] []] true
