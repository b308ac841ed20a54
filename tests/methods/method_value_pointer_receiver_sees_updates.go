package main

import "fmt"

type Acc struct{ Total int }

func (a *Acc) Add(n int) int {
	a.Total += n
	return a.Total
}

func main() {
	var a Acc
	add := a.Add
	add(5)
	add(10)
	fmt.Println(a.Total)
	a.Total = 100
	fmt.Println(add(1))
	p := &Acc{Total: 7}
	padd := p.Add
	p.Total = 0
	fmt.Println(padd(2), p.Total)
	q := p
	q.Total = 50
	fmt.Println(padd(0))
}

// Output:
// 15
// 101
// 2 2
// 50
