package subtests

import (
	"fmt"
	"testing"
)

func TestTable(t *testing.T) {
	cases := []struct {
		name string
		in   int
		want int
	}{
		{"one", 1, 2},
		{"two words", 2, 4},
		{"bad", 3, 7},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.in * 2; got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}

func TestNested(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Run("b", func(t *testing.T) {
			t.Log(t.Name())
		})
		t.Log("back in", t.Name())
	})
}

func TestDuplicates(t *testing.T) {
	for i := 0; i < 3; i++ {
		t.Run("same", func(t *testing.T) { t.Log(t.Name()) })
	}
}

func TestRunResult(t *testing.T) {
	ok := t.Run("passes", func(t *testing.T) {})
	bad := t.Run("fails", func(t *testing.T) { t.Fail() })
	fmt.Println("results:", ok, bad)
}
