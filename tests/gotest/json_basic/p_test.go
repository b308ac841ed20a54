package p

import (
	"fmt"
	"testing"
)

func TestAdd(t *testing.T) {
	t.Log("adding")
	if Add(1, 2) != 3 {
		t.Fatal("bad")
	}
}

func TestFail(t *testing.T) {
	t.Errorf("want %d", 4)
}

func TestSub(t *testing.T) {
	t.Run("a", func(t *testing.T) {})
	t.Run("b", func(t *testing.T) { t.Skip("later") })
}

func BenchmarkAdd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Add(1, 2)
	}
}

func ExampleAdd() {
	fmt.Println(Add(1, 2))
	// Output: 3
}
