package main

import (
	"fmt"
	"sort"
)

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

func (s Set) Has(k string) bool { return s[k] }

func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(len(s), s.Has("a"), s.Has("z"))
	fmt.Println(s.Keys())
	t := s
	t.Add("c")
	fmt.Println(s.Keys(), s)
	var nilSet Set
	fmt.Println(nilSet.Has("x"), len(nilSet.Keys()))
}

// Output:
// 2 true false
// [a b]
// [a b c] map[a:true b:true c:true]
// false 0
