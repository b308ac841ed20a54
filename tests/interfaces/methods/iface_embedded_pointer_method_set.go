package main

import "fmt"

type Incer interface {
	Inc()
	Get() int
}

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c *Counter) Get() int { return c.n }

type ByValue struct {
	Counter
}

type ByPointer struct {
	*Counter
}

func main() {
	bv := &ByValue{}
	var i Incer = bv
	i.Inc()
	i.Inc()
	fmt.Println(i.Get(), bv.n)

	shared := &Counter{10}
	bp := ByPointer{shared}
	i = bp
	i.Inc()
	fmt.Println(i.Get(), shared.n)
	bp2 := bp
	bp2.Inc()
	fmt.Println(bp.Get(), bp2.Get())
	_, ok := interface{}(ByValue{}).(Incer)
	fmt.Println(ok)
	_, ok = interface{}(ByPointer{}).(Incer)
	fmt.Println(ok)
}

// Output:
// 2 2
// 11 11
// 12 12
// false
// true
