package cleanup

import "testing"

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("first registered, last run") })
	t.Cleanup(func() { t.Log("second registered") })
	t.Run("sub", func(t *testing.T) {
		t.Cleanup(func() { t.Log("sub cleanup") })
		t.Log("sub body")
	})
	t.Log("body")
}

func TestCleanupAfterFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup still runs") })
	t.Fatal("fatal")
}
