package nomatch

import "testing"

func TestSomething(t *testing.T) {}
