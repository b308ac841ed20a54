package subpanic

import (
	"errors"
	"testing"
)

func TestOuter(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		t.Log("inner logs")
		panic(errors.New("inner failure"))
	})
	t.Log("not reached")
}
