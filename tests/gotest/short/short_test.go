package short

import "testing"

func TestLong(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in short mode")
	}
	t.Log("long test ran")
}

func TestVerbose(t *testing.T) {
	t.Log("verbose:", testing.Verbose())
}
