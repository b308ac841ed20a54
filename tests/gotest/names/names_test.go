package names

import "testing"

func TestName(t *testing.T) {
	t.Log(t.Name())
	t.Run("with space", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("slash/inside", func(t *testing.T) { t.Log(t.Name()) })
}

func Test(t *testing.T) { t.Log("a test named Test") }

func Testlower(t *testing.T) { t.Error("not a test: lower case after Test") }
