package main

import "fmt"

type Resetter interface {
	Reset()
	Get() int
}

type ValCounter struct{ n int }

func (c ValCounter) Reset()   { c.n = 0 }
func (c ValCounter) Get() int { return c.n }

type PtrCounter struct{ n int }

func (c *PtrCounter) Reset()   { c.n = 0 }
func (c *PtrCounter) Get() int { return c.n }

func main() {
	rs := []Resetter{ValCounter{5}, &ValCounter{6}, &PtrCounter{7}}
	for _, r := range rs {
		before := r.Get()
		r.Reset()
		fmt.Printf("%T before=%d after=%d\n", r, before, r.Get())
	}
	vc := &ValCounter{9}
	var r Resetter = vc
	r.Reset()
	fmt.Println(vc.n)
}

// Output:
// main.ValCounter before=5 after=5
// *main.ValCounter before=6 after=6
// *main.PtrCounter before=7 after=0
// 9
