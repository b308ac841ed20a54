// Generic code as programs use it: a method returning another instance,
// a type switch on any(x), closures over T, goroutines and defer with
// instances, an inline interface constraint.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Pair[K, V comparable] struct {
	K K
	V V
}

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.V, p.K} }

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return fmt.Sprintf("%T", x)
}

func Counter[T comparable]() (func(T), func() map[T]int) {
	m := map[T]int{}
	return func(x T) { m[x]++ }, func() map[T]int { return m }
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i int, x T) {
			defer wg.Done()
			out[i] = f(x)
		}(i, x)
	}
	wg.Wait()
	return out
}

type Number interface{ ~int | ~float64 }

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Print[T any](x T) { fmt.Println("print", x) }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %T\n", p.Swap(), p.Swap())
	fmt.Println(Kind(1), Kind("s"), Kind(2.5), Kind([]int{}))
	add, get := Counter[string]()
	for _, w := range strings.Fields("a b a c a") {
		add(w)
	}
	fmt.Println(get())
	fmt.Println(ParallelMap([]int{1, 2, 3}, func(x int) string { return strings.Repeat("*", x) }))
	fmt.Println(SortedKeys(map[string]bool{"b": true, "a": false}), SortedKeys(map[int]int{3: 1, 1: 2}))
	defer Print[string]("deferred")
	done := make(chan bool)
	go func() { Print(42); done <- true }()
	<-done
}

// Output:
// {1 a} main.Pair[int,string]
// int string float64 []int
// map[a:3 b:1 c:1]
// [* ** ***]
// [a b] [1 3]
// print 42
// print deferred
