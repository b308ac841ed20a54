package parallel

import "testing"

func TestParallel(t *testing.T) {
	t.Parallel()
	t.Log("runs after the sequential tests")
}

func TestSequential(t *testing.T) {
	t.Log("sequential")
}

func TestGroup(t *testing.T) {
	t.Run("par", func(t *testing.T) {
		t.Parallel()
		t.Log("after the group's body")
	})
	t.Run("seq", func(t *testing.T) { t.Log("seq runs first") })
	t.Log("group body done")
}

func TestLast(t *testing.T) {}
