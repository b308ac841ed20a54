// Generic map, slice and func types, with methods, and instances as map
// keys and interface values.
package main

import "fmt"

type Set[K comparable] map[K]struct{}

func (s Set[K]) Add(k K)      { s[k] = struct{}{} }
func (s Set[K]) Has(k K) bool { _, ok := s[k]; return ok }

type Vec[T any] []T

func (v Vec[T]) Last() T { return v[len(v)-1] }

type Fn[T any] func(T) T

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

func main() {
	set := Set[string]{}
	set.Add("go")
	fmt.Println(set.Has("go"), set.Has("c"), len(set))
	fmt.Printf("%T\n", set)
	v := Vec[float64]{1.5, 2.5}
	fmt.Printf("%T %v %v\n", v, v, v.Last())
	var f Fn[int] = func(x int) int { return x + 1 }
	fmt.Println(f(41))
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%T %v\n", p, []Pair[int, bool]{{1, true}})
	var i interface{} = Pair[string, int]{"z", 26}
	if st, ok := i.(fmt.Stringer); ok {
		fmt.Println("stringer", st.String())
	}
	m := map[Pair[int, int]]string{{1, 2}: "a"}
	fmt.Println(m[Pair[int, int]{1, 2}])
}

// Output:
// true false 1
// main.Set[string]
// main.Vec[float64] [1.5 2.5] 2.5
// 42
// a:1
// main.Pair[string,int] [1:true]
// stringer z:26
// a
