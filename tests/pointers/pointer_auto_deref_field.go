package main

import "fmt"

type Box struct {
	W, H  int
	Inner *Box
}

func main() {
	b := &Box{W: 2, H: 3}
	fmt.Println(b.W, (*b).W)
	b.H = 30
	(*b).W = 20
	fmt.Println(b.W*b.H, *b == Box{20, 30, nil})
	b.Inner = &Box{W: 1, H: 1}
	b.Inner.W += 4
	fmt.Println(b.Inner.W, (*b.Inner).H, (*(*b).Inner).W)
	bb := &b
	(*bb).W = 7
	fmt.Println(b.W, (**bb).H)
}

// Output:
// 2 2
// 600 true
// 5 1 5
// 7 30
