package builderr

import "testing"

func TestHalf(t *testing.T) {
	if Half(4) != two {
		t.Error("half")
	}
}
