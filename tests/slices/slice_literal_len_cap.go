package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	fmt.Println(a, len(a), cap(a))
	b := []string{"x", "y"}
	fmt.Println(b, len(b), cap(b))
	c := []float64{1.5, 2, 3.25}
	fmt.Println(c)
	d := []bool{true, false}
	fmt.Println(d)
	e := []int{}
	fmt.Println(e, len(e), cap(e))
	f := []rune{'a', 'b'}
	fmt.Println(f)
	g := []byte{'h', 'i'}
	fmt.Println(g)
}

// Output:
// [1 2 3] 3 3
// [x y] 2 2
// [1.5 2 3.25]
// [true false]
// [] 0 0
// [97 98]
// [104 105]
