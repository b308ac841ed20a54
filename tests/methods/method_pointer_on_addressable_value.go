package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s Stack) Len() int { return len(s.items) }

type Holder struct {
	S Stack
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Len(), s.Pop(), s.Len())
	arr := [2]Stack{}
	arr[1].Push(7)
	fmt.Println(arr[0].Len(), arr[1].Len())
	h := Holder{}
	h.S.Push(9)
	h.S.Push(8)
	fmt.Println(h.S.Pop(), h.S.Len())
	sl := []Stack{{}, {}}
	sl[0].Push(5)
	fmt.Println(sl[0].items, sl[1].Len())
}

// Output:
// 3 3 2
// 0 1
// 8 1
// [5] 0
