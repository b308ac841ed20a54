package main

import (
	"errors"
	"fmt"
)

type Stack struct{ items []int }

var ErrEmpty = errors.New("stack is empty")

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	for i := 0; i < 4; i++ {
		v, err := s.Pop()
		fmt.Println(v, err)
	}
	_, err := s.Pop()
	if errors.Is(err, ErrEmpty) {
		fmt.Println("detected empty:", err == ErrEmpty)
	}
}

// Output:
// 2 <nil>
// 1 <nil>
// 0 stack is empty
// 0 stack is empty
// detected empty: true
