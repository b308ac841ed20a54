package testmainfail

import (
	"fmt"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("TestMain returns without os.Exit")
	m.Run()
}

func TestFails(t *testing.T) { t.Error("fails") }
