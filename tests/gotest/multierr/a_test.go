package multierr

import "testing"

func TestUp(t *testing.T) {
	var n int = "x"
	_ = n
}
