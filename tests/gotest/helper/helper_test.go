package helper

import "testing"

func expectEqual(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func outer(t *testing.T, x int) {
	t.Helper()
	expectEqual(t, x, 10)
}

func notHelper(t *testing.T) {
	t.Log("logged from a function that is no helper")
}

func TestHelper(t *testing.T) {
	expectEqual(t, 1, 2)
	outer(t, 5)
	notHelper(t)
	check := func(v bool) {
		t.Helper()
		if !v {
			t.Error("closure helper")
		}
	}
	check(false)
}
