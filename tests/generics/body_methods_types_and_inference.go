// Generic types and methods in practice, each body checked once against
// its constraints: a constraint naming its own parameter (Lesser[T]),
// a tree and a cache over func and map fields, inference through f(xs...),
// a core type ([S ~[]E] before 3 defaults to int) and a multi-value call.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Lesser[T any] interface{ Less(T) bool }

type Age int

func (a Age) Less(b Age) bool { return a < b }

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Tree[T any] struct {
	cmp         func(a, b T) int
	root        *tnode[T]
	count       int
}

type tnode[T any] struct {
	v           T
	left, right *tnode[T]
}

func NewTree[T any](cmp func(a, b T) int) *Tree[T] { return &Tree[T]{cmp: cmp} }

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := t.cmp(v, (*p).v); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &tnode[T]{v: v}
	t.count++
	return true
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T any](n *tnode[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.v)
	walk(n.right, f)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func (c *Cache[K, V]) Put(k K, v V) {
	if c.data == nil {
		c.data = map[K]V{}
	}
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	for len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	m := map[K]V{}
	return func(k K) V {
		if v, ok := m[k]; ok {
			return v
		}
		v := f(k)
		m[k] = v
		return v
	}
}

type Number interface{ ~int | ~float64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Repeat[T any](v T, n int) []T {

	out := make([]T, n)
	for i := range out {

		out[i] = v
	}
	return out
}

func First[T any, PT interface{ *T }](xs []T) PT {
	if len(xs) == 0 {
		return nil
	}
	return &xs[0]
}

type Num[T Number] struct{ v T }

func (n Num[T]) Add(m Num[T]) Num[T] { return Num[T]{n.v + m.v} }
func (n Num[T]) Double() Num[T]      { return n.Add(n) }

func Apply[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func Fill[T any](xs []T, v T) {
	for i := 0; i < len(xs); i++ {
		xs[i] = v
	}
}

func Last[E any, S ~[]E](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func main() {
	fmt.Println(MinOf[Age](30, 20, 40))
	t := NewTree(func(a, b int) int { return a - b })
	for _, v := range []int{5, 2, 8, 2, 1} {
		t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println(t.count)
	r := Try(func() (int, error) { return strconv.Atoi("x") })
	fmt.Println(r.OrElse(-1), Try(func() (string, error) { return "ok", nil }).OrElse("no"))
	c := &Cache[string, int]{limit: 2}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC)
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), calls)
	fmt.Println(SumMap(map[string]float64{"x": 1.5, "y": 2}))
	fmt.Println(Repeat("ab", 3))
	p := First[int, *int]([]int{9, 8})
	*p = 1
	fmt.Println(*p, First[string, *string]([]string{}) == nil)
	fmt.Println(Num[int]{3}.Double(), Num[float64]{0.25}.Add(Num[float64]{1}))
	inc := func(x int) int { return x + 1 }
	fmt.Println(Apply[int](inc, inc, func(x int) int { return x * 10 })(1))
	fmt.Println(Must(strconv.Atoi("42")))
	fmt.Println(Equal([]string{"a"}, []string{"a"}), Equal([]int{1}, []int{2}))
	xs := make([]rune, 3)
	Fill(xs, 'z')
	fmt.Println(string(xs))
	fmt.Println(Last([]int{1, 2, 3}))
	fmt.Println(Last([]string{}))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(0, errors.New("boom"))
}

// Output:
// 20
// 1 2 5 8 4
// -1 ok
// false 3 true
// 16 16 1
// 3.5
// [ab ab ab]
// 1 true
// {6} {1.25}
// 30
// 42
// true false
// zzz
// 3 true
//  false
// recovered: boom
