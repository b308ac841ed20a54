// Instances stand wherever a type does: method expressions, aliases,
// conversions, type switch cases, pointer types; a nil pointer panics in
// an instance method as in any method.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type IntBox = Box[int]

type Raw struct{ V int }

func Describe(x any) string {
	switch v := x.(type) {
	case Box[int]:
		return fmt.Sprint("int box ", v.V)
	case Box[string]:
		return "string box " + v.V
	}
	return "other"
}

func Keys[K comparable, V any](m map[K]V) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	get := Box[int].Get
	fmt.Println(get(Box[int]{3}))
	var ib IntBox = Box[int]{4}
	fmt.Printf("%T %v\n", ib, ib.Get())
	fmt.Println(Box[int](Raw{5}))
	fmt.Println(Describe(Box[int]{1}), Describe(Box[string]{"s"}), Describe(2))
	fmt.Println(len(Keys(map[int]bool{1: true, 2: false})))
	var p *Box[float64] = &Box[float64]{2.5}
	fmt.Println(p.Get(), (*p).V)
	defer func() { fmt.Println("deferred", recover()) }()
	var nilp *Box[int]
	fmt.Println(nilp.Get())
}

// Output:
// 3
// main.Box[int] 4
// {5}
// int box 1 string box s other
// 2
// 2.5 2.5
// deferred runtime error: invalid memory address or nil pointer dereference
