package multi

import "testing"

func TestShout(t *testing.T) {
	if got := Shout("a"); got != "AA!" {
		t.Errorf("Shout = %q", got)
	}
	t.Log(Shout("hey"))
}
