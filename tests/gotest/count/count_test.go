package count

import "testing"

var runs int

func TestCounted(t *testing.T) {
	runs++
	t.Log("run", runs)
}
