// What a type parameter allows, checked in the generic body itself:
// arithmetic and order on type sets, constants fitting every term, range
// and index through a core type, == on comparable, conversions between
// type parameters and their terms, methods from the constraint.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for i := range xs {
		if keep(xs[i]) {
			out = append(out, xs[i])
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Sum[T Number](xs ...T) T {
	var s T = 0
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Remove(v T)        { delete(s.m, v) }
func (s Set[T]) Empty() bool        { return s.Len() == 0 }

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Slice() []T {
	out := []T{}
	l.Each(func(v T) { out = append(out, v) })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Sorted[K Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	}
	return fmt.Sprintf("%T", x)
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Concat[T ~string](a, b T) T { return a + b + "!" }

func Abs[T ~int | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Send[T any](ch chan T, vs ...T) {
	for _, v := range vs {
		ch <- v
	}
	close(ch)
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func Conv[T, U Number](x T) U { return U(x) }

func Bytes[T ~string](s T) []byte { return []byte(s) }

func Count[T any](xs []T) (n int) {
	for range xs {
		n++
	}
	return
}

type Celsius float64

func main() {
	xs := []int{3, 1, 4, 1, 5}
	fmt.Println(Map(xs, func(x int) string { return fmt.Sprint(x * 2) }))
	fmt.Println(Filter(xs, func(x int) bool { return x > 1 }))
	fmt.Println(Reduce(xs, 0.5, func(a float64, x int) float64 { return a + float64(x) }))
	ks := Keys(map[string]int{"a": 1, "b": 2})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Mean([]Celsius{1, 2}))
	fmt.Println(Max(2, 9), Max("x", "abc"))
	fmt.Println(Scale([]float64{1, 2}, 3))
	fmt.Println(Index([]string{"a", "b"}, "b"))
	s := NewSet(1, 2, 3)
	s.Remove(2)
	fmt.Println(s.Has(1), s.Has(2), s.Len(), s.Empty())
	var l List[string]
	l.Push("a")
	l.Push("b")
	fmt.Println(l.Slice(), l.size)
	fmt.Println(Sorted(map[string]int{"z": 1, "a": 2}))
	fmt.Println(Join([]Pair[int, bool]{{1, true}, {2, false}}, ","))
	fmt.Println(Describe(3), Describe("s"), Describe(2.5))
	fmt.Println(Zero[int](), Zero[string]() == "", *Ptr(7))
	a, b := 1, 2
	Swap(&a, &b)
	fmt.Println(a, b, Concat("x", "y"), Abs(-3), Abs(Celsius(-2.5)))
	ch := make(chan int, 3)
	Send(ch, 1, 2, 3)
	fmt.Println(Collect(ch), IsZero(0), IsZero("x"))
	fmt.Println(Conv[int, float64](3), Conv[float64, int8](3.7), Bytes("hi"), Count(xs))
}

// Output:
// [6 2 8 2 10]
// [3 4 5]
// 14.5
// [a b]
// 6 4 1.5
// 9 x
// [3 6]
// 1
// true false 2 false
// [b a] 2
// [a=2 z=1]
// 1=true,2=false
// int 3 string s float64
// 0 true 7
// 2 1 xy! 3 2.5
// [1 2 3] true false
// 3 3 [104 105] 5
