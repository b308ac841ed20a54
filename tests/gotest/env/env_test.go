package env

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSetenv(t *testing.T) {
	t.Run("set", func(t *testing.T) {
		t.Setenv("GOSH_TEST_VAR", "inside")
		t.Log(os.Getenv("GOSH_TEST_VAR"))
	})
	t.Logf("after: %q", os.Getenv("GOSH_TEST_VAR"))
}

func TestTempDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "f"))
	t.Log(string(b), err)
}
