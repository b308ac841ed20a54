// Generic bodies checked against constraints that carry methods as well
// as terms (interface{ ~int; String() string }), a pointer constraint
// naming its own parameter (PT Setter[T]), a blank receiver parameter
// (List[_]), sets without a core type that still index alike, and
// comparison, switch, conversion and len across a set.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = strings.ToUpper(s) }

func Parse[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[T]) Map(f func(T) T) *List[T] {
	out := &List[T]{}
	for _, v := range l.items {
		out.Add(f(v))
	}
	return out
}
func (List[_]) Kind() string { return "list" }

type Wrapper[E any] struct {
	List[E]
	tag string
}

func Compact[S ~[]E, E comparable](s S) S {
	if len(s) == 0 {
		return s
	}
	var out S = nil
	out = append(out, s[0])
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out[:len(out):len(out)]
}

func Runes[S ~string](s S) (n int, last rune) {
	for _, c := range s {
		n++
		last = c
	}
	return
}

func Bytes[T ~string | ~[]byte](x T) int { return len(x) + len([]byte(x)) }

type Unsigned interface{ ~uint8 | ~uint16 | ~uint32 }

func Mask[T Unsigned](x T) T { return x&0x0f | x>>4 ^ 1 }

func Half[T ~int | ~float64](x T) T { return x * 2 / 4 }

func Kind[T ~int](x T) string {
	switch x {
	case 0:
		return "zero"
	case 1, 2:
		return "small"
	}
	return "big"
}

func Sorted[T ~int | ~string](xs []T) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	var zero V
	return zero, fmt.Errorf("no %v", k)
}

func Chan[T any](vs ...T) <-chan T {
	ch := make(chan T, len(vs))
	for _, v := range vs {
		ch <- v
	}
	close(ch)
	return ch
}

func NewOf[T any]() *T { return new(T) }

func Suffix[T ~string](s T) T { return s + "!" }

func main() {
	more()
	fmt.Println(Parse[Name, *Name]([]string{"a", "b"}))
	l := (&List[int]{}).Add(1).Add(2).Map(func(x int) int { return x * 3 })
	fmt.Println(l.items, l.Kind())
	w := Wrapper[string]{tag: "t"}
	w.Add("x")
	fmt.Println(w.items, w.Kind(), w.tag)
	fmt.Println(Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(Runes("héllo"))
	fmt.Println(Bytes("abc"), Bytes([]byte{1}))
	fmt.Println(Mask(uint8(0xab)), Half(10), Half(3.0), Kind(2), Kind(9))
	fmt.Println(Sorted([]string{"b", "a"}), Sorted([]int{3, 1, 2}))
	v, err := Lookup(map[string]int{"a": 1}, "b")
	fmt.Println(v, err)
	for x := range Chan("p", "q") {
		fmt.Print(x)
	}
	p := NewOf[float64]()
	*p = 2.5
	fmt.Println(*p, Suffix("hey"))
}

type MyInt int

func (m MyInt) String() string { return "my" + strconv.Itoa(int(m)) }

type IntStringer interface {
	~int
	String() string
}

func Show[T IntStringer](x T) string { return x.String() + fmt.Sprint(int(x)+1) }

func Idx[T ~[]int | ~[4]int](x T) int { return x[0] }

type Slice[T any] []T

func (s Slice[T]) Len() int   { return len(s) }
func (s Slice[T]) At(i int) T { return s[i] }

func Gen[T any](x T) []T { return []T{x, x} }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T]    { return Opt[T]{v, true} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) Map(f func(T) T) Opt[T] {
	if !o.ok {
		return o
	}
	return Some(f(o.v))
}

func more() {
	fmt.Println(Show(MyInt(4)))
	fmt.Println(Idx([]int{5}), Idx([4]int{6}))
	s := Slice[string]{"a", "b"}
	fmt.Println(s.Len(), s.At(1), Gen(3))
	fmt.Println(Some(2).Map(func(x int) int { return x * 5 }).Get())
}

// Output:
// my45
// 5 6
// 2 b [3 3]
// 10 true
// [{A} {B}]
// [3 6] list
// [x] list t
// [1 2 3 1]
// 5 111
// 6 2
// 10 5 1.5 small big
// [a b] [1 2 3]
// 0 no b
// pq2.5 hey!
