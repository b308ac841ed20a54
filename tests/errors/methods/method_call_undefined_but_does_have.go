package main

type Stack struct {
	items []int
}

func (s *Stack) push(v int) {
	s.items = append(s.items, v)
}

func main() {
	s := &Stack{}
	s.Push(1)
}

// Error:
// 13:4: s.Push undefined (type *Stack has no field or method Push, but does have push)
