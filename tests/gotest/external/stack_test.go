package external

import "testing"

func TestInternal(t *testing.T) {
	s := New()
	s.Push(1)
	if len(s.items) != 1 {
		t.Error("items")
	}
}
