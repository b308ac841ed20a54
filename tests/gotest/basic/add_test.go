package basic

import "testing"

func TestAdd(t *testing.T) {
	t.Log("adding", 1, 2)
	if Add(1, 2) != 3 {
		t.Error("wrong")
	}
}

func TestAddNegative(t *testing.T) {
	t.Logf("%d + %d", -1, -2)
	if got := Add(-1, -2); got != -3 {
		t.Errorf("got %d", got)
	}
}

func TestQuiet(t *testing.T) {}
