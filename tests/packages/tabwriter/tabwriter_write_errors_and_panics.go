// A failing writer's error comes back from Write or Flush; a short
// write is io.ErrShortWrite; negative sizes panic.
package main

import (
	"errors"
	"fmt"
	"text/tabwriter"
)

type failing struct{ after int }

func (f *failing) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	w := tabwriter.NewWriter(&failing{2}, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("a\tb\n"))
	fmt.Println(n, err)
	fmt.Fprint(w, "x\ty\n")
	w.Write([]byte("c\td\t"))
	fmt.Println(w.Flush())
	w = tabwriter.NewWriter(short{}, 0, 8, 1, ' ', 0)
	w.Write([]byte("abc\t"))
	fmt.Println(w.Flush())
	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(short{}, -1, 8, 1, ' ', 0)
}

// Output:
// 4 <nil>
// disk full
// short write
// recovered: negative minwidth, tabwidth, or padding
