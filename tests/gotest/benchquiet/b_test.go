package benchquiet

import (
	"strings"
	"testing"
)

func TestStillRuns(t *testing.T) { t.Log("tests run first") }

func BenchmarkJoin(b *testing.B) {
	parts := []string{"a", "b", "c"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = strings.Join(parts, ",")
	}
}

func BenchmarkLogs(b *testing.B) {
	b.Logf("N is %d", b.N)
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkFails(b *testing.B) {
	b.Fatal("benchmark failure")
}
