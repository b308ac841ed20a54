package failfast

import "testing"

func TestFirst(t *testing.T)  { t.Log("first") }
func TestSecond(t *testing.T) { t.Error("second fails") }
func TestThird(t *testing.T)  { t.Log("not run") }
