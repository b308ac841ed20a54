package tb

import "testing"

func mustBePositive(tb testing.TB, n int) {
	tb.Helper()
	if n <= 0 {
		tb.Errorf("%d is not positive (%s)", n, tb.Name())
	}
}

func TestTB(t *testing.T) {
	var tb testing.TB = t
	mustBePositive(tb, 1)
	mustBePositive(tb, -1)
	tb.Log("via TB")
}
