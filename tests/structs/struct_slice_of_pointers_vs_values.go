package main

import "fmt"

type Item struct{ Qty int }

func main() {
	vals := []Item{{1}, {2}}
	ptrs := []*Item{{1}, {2}}
	for _, v := range vals {
		v.Qty = 100
	}
	for _, p := range ptrs {
		p.Qty = 100
	}
	fmt.Println(vals[0].Qty, vals[1].Qty)
	fmt.Println(ptrs[0].Qty, ptrs[1].Qty)
	alias := ptrs[0]
	alias.Qty = -5
	fmt.Println(ptrs[0].Qty, *ptrs[0])
	copyv := vals[0]
	copyv.Qty = -5
	fmt.Println(vals[0].Qty)
}

// Output:
// 1 2
// 100 100
// -5 {-5}
// 1
