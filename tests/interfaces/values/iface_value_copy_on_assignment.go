package main

import "fmt"

type Box struct {
	vals []int
	n    int
}

func (b Box) Show() string { return fmt.Sprint(b.n, b.vals) }

type Shower interface{ Show() string }

func main() {
	b := Box{vals: []int{1, 2}, n: 1}
	var s Shower = b
	b.n = 99
	b.vals[0] = 100
	fmt.Println(s.Show())
	fmt.Println(b.Show())
	var e interface{} = b
	b.n = 5
	fmt.Println(e.(Box).n, b.n)
	x := 10
	var ix interface{} = x
	x++
	fmt.Println(ix, x)
}

// Output:
// 1 [100 2]
// 99 [100 2]
// 99 5
// 10 11
