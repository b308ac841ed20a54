package fatal

import (
	"fmt"
	"testing"
)

func TestFatal(t *testing.T) {
	defer fmt.Println("deferred call runs")
	t.Fatal("stop here")
	t.Log("never printed")
}

func TestFatalf(t *testing.T) {
	t.Fatalf("stop with %q", "format")
}

func TestFailNow(t *testing.T) {
	t.Log("before")
	t.FailNow()
	t.Log("after")
}

func TestAfter(t *testing.T) {
	t.Log("the next test runs")
}
