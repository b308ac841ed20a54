package fail

import "testing"

func TestDoubleTwo(t *testing.T) {
	if got := Double(2); got != 4 {
		t.Errorf("Double(2) = %d, want %d", got, 4)
	}
	t.Log("still running after Errorf")
	t.Error("a second", "error", 3)
}

func TestDoubleZero(t *testing.T) {
	if Double(0) != 0 {
		t.Error("zero")
	}
}

func TestFailPlain(t *testing.T) {
	t.Fail()
	t.Log("failed:", t.Failed())
}
