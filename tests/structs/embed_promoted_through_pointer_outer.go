package main

import "fmt"

type Meter struct{ Reading int }

func (m *Meter) Record(v int) { m.Reading += v }
func (m Meter) Get() int      { return m.Reading }

type House struct {
	Meter
	Addr string
}

func newHouse(a string) *House { return &House{Addr: a} }

func main() {
	h := newHouse("elm st")
	h.Record(5)
	h.Record(7)
	fmt.Println(h.Get(), h.Reading, h.Meter.Reading)
	houses := []*House{newHouse("a"), newHouse("b")}
	for i, x := range houses {
		x.Record(i * 10)
	}
	fmt.Println(houses[0].Get(), houses[1].Get())
	fmt.Println(*houses[1])
}

// Output:
// 12 12 12
// 0 10
// {{10} b}
