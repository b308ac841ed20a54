// An instance embedded in a struct is a field named after the generic
// type, and its methods are promoted (into instances too); array and
// slice fields still parse as fields.
package main

import (
	"fmt"
	"sync"
)

type List[T any] struct{ items []T }

func (l *List[T]) Add(x T)  { l.items = append(l.items, x) }
func (l List[T]) Count() int { return len(l.items) }

type Named struct {
	List[string]
	name string
}

type Guarded[T any] struct {
	sync.Mutex
	*List[T]
	grid [2]int
	a, b []T
}

type Counter interface{ Count() int }

func main() {
	n := Named{name: "n"}
	n.Add("x")
	n.List.Add("y")
	fmt.Printf("%+v %d\n", n, n.Count())
	var c Counter = n
	fmt.Println(c.Count())
	g := Guarded[int]{List: &List[int]{}}
	g.Lock()
	g.Add(1)
	g.Unlock()
	fmt.Println(g.Count(), g.grid, g.a == nil)
	var gc Counter = &g
	fmt.Println(gc.Count())
}

// Output:
// {List:{items:[x y]} name:n} 2
// 2
// 1 [0 0] true
// 1
