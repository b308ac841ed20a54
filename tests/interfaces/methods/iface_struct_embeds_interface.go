package main

import "fmt"

type Store interface {
	Get(k string) string
	Put(k, v string)
}

type MapStore struct{ m map[string]string }

func (s MapStore) Get(k string) string { return s.m[k] }
func (s MapStore) Put(k, v string)     { s.m[k] = v }

type Logging struct {
	Store
	puts int
}

func (l *Logging) Put(k, v string) {
	l.puts++
	fmt.Printf("put %s=%s\n", k, v)
	l.Store.Put(k, v)
}

func main() {
	inner := MapStore{map[string]string{}}
	var s Store = &Logging{Store: inner}
	s.Put("a", "1")
	s.Put("b", "2")
	fmt.Println(s.Get("a"), s.Get("b"), s.Get("c") == "")
	fmt.Println(s.(*Logging).puts, len(inner.m))
	empty := Logging{}
	fmt.Println(empty.Store == nil)
}

// Output:
// put a=1
// put b=2
// 1 2 true
// 2 2
// true
