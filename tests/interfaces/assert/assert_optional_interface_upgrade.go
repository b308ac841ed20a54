package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(s string) }
type Flusher interface{ Flush() }

type Plain struct{ out []string }
type Buffered struct {
	buf []string
	out []string
}

func (p *Plain) Write(s string)    { p.out = append(p.out, s) }
func (b *Buffered) Write(s string) { b.buf = append(b.buf, s) }
func (b *Buffered) Flush() {
	b.out = append(b.out, strings.Join(b.buf, "+"))
	b.buf = nil
}

func emit(w Writer, words ...string) {
	for _, s := range words {
		w.Write(s)
	}
	if f, ok := w.(Flusher); ok {
		fmt.Println("flushing")
		f.Flush()
	}
}

func main() {
	p := &Plain{}
	b := &Buffered{}
	emit(p, "a", "b")
	emit(b, "a", "b")
	emit(b, "c")
	fmt.Println(p.out, len(p.out))
	fmt.Println(b.out, len(b.out), b.buf == nil)
}

// Output:
// flushing
// flushing
// [a b] 2
// [a+b c] 2 true
