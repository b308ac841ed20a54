package external

// Stack is a stack of ints.
type Stack struct{ items []int }

func (s *Stack) Push(x int) { s.items = append(s.items, x) }

func (s *Stack) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s *Stack) Len() int { return len(s.items) }

func New() *Stack { return &Stack{} }
