package panics

import "testing"

func TestFine(t *testing.T) { t.Log("fine") }

func TestPanics(t *testing.T) {
	t.Log("about to panic")
	var s []int
	_ = s[5]
}

func TestNotReached(t *testing.T) {}
