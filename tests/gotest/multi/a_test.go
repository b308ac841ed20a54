package multi

import (
	"strings"
	"testing"
)

func TestUpper(t *testing.T) {
	if !strings.EqualFold(Upper("x"), "X") {
		t.Fatal("Upper")
	}
	t.Log("a_test.go runs first")
}
