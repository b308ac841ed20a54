package logs

import "testing"

func TestLogs(t *testing.T) {
	t.Log()
	t.Log("a", "b", 3, 4.5, true, nil)
	t.Logf("no newline")
	t.Logf("trailing newline\n")
	t.Logf("two\nlines\n\nand a blank")
	t.Log("tab\tinside")
}
