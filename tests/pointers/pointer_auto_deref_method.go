package main

import "fmt"

type Temp struct{ C float64 }

func (t Temp) F() float64 { return t.C*9/5 + 32 }

func (t *Temp) Warm(d float64) { t.C += d }

func main() {
	t := Temp{100}
	p := &t
	fmt.Println(p.F(), t.F())
	p.Warm(10)
	fmt.Println(t.C, p.F())
	t.Warm(-110)
	fmt.Println(p.C, (*p).F())
	(&t).Warm(5)
	fmt.Println(t.C)
	ts := []Temp{{0}, {10}}
	ts[1].Warm(1)
	fmt.Println(ts[1].C, ts[0].F())
}

// Output:
// 212 212
// 110 230
// 0 32
// 5
// 11 32
