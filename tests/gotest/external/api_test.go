package external_test

import (
	"fmt"
	"testing"

	"example.com/external"
)

func TestPushPop(t *testing.T) {
	s := external.New()
	s.Push(1)
	s.Push(2)
	if got := s.Pop(); got != 2 {
		t.Errorf("Pop = %d", got)
	}
	var st external.Stack
	st.Push(3)
	t.Log("len", st.Len())
}

func ExampleStack() {
	s := external.New()
	s.Push(7)
	fmt.Println(s.Pop())
	// Output: 7
}
