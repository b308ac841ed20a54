package main

import "fmt"

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	st := &Stack{}
	func() {
		defer delete(m, "a")
		defer st.Push("deferred push")
		st.Push("body push")
		fmt.Println("inside", len(m), st.items)
	}()
	fmt.Println("after", len(m), st.items)
	_, ok := m["a"]
	fmt.Println(ok)
	func() {
		defer print("")
		defer fmt.Print("print ", 1, "\n")
	}()
}

// Output:
// inside 2 [body push]
// after 1 [body push deferred push]
// false
// print 1
