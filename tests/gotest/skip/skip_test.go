package skip

import "testing"

func TestSkip(t *testing.T) {
	t.Skip("not today", 42)
	t.Log("never")
}

func TestSkipf(t *testing.T) {
	t.Skipf("skipping %s", "with format")
}

func TestSkipNow(t *testing.T) {
	t.Log("about to skip")
	t.SkipNow()
}

func TestSkipped(t *testing.T) {
	t.Run("inner", func(t *testing.T) { t.Skip("inner skip") })
	if t.Skipped() {
		t.Error("the parent is not skipped")
	}
}
