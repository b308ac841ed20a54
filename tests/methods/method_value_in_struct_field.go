package main

import "fmt"

type Meter struct{ Total int }

func (m *Meter) Add(n int) { m.Total += n }

type Pipeline struct {
	Name string
	Sink func(int)
}

func main() {
	var m Meter
	p := Pipeline{"p1", m.Add}
	for i := 1; i <= 4; i++ {
		p.Sink(i)
	}
	fmt.Println(m.Total)
	q := p
	q.Sink(100)
	fmt.Println(m.Total)
	var other Meter
	q.Sink = other.Add
	q.Sink(1)
	p.Sink(1)
	fmt.Println(m.Total, other.Total)
}

// Output:
// 10
// 110
// 111 1
