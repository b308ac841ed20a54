package main

import "fmt"

type Base struct{ Count int }

func (b *Base) Add(n int) { b.Count += n }

func (b Base) Describe() string { return fmt.Sprintf("count=%d", b.Count) }

type Limited struct {
	Base
	Max int
}

func (l *Limited) Add(n int) {
	if l.Count+n > l.Max {
		n = l.Max - l.Count
	}
	l.Base.Add(n)
}

func (l Limited) Describe() string {
	return l.Base.Describe() + fmt.Sprintf(" max=%d", l.Max)
}

func main() {
	l := Limited{Max: 10}
	l.Add(4)
	l.Add(4)
	l.Add(4)
	fmt.Println(l.Count, l.Describe())
	l.Base.Add(4)
	fmt.Println(l.Count, l.Base.Describe())
}

// Output:
// 10 count=10 max=10
// 14 count=14
