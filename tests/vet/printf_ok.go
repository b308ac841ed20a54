// printf: correct calls with the common verbs, flags, widths, indexes
// and Stringers; nothing to report.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type pair struct {
	Key   string
	Value int
}

type wrapErr struct{ err error }

func (w *wrapErr) Error() string { return "wrapped: " + w.err.Error() }

func logf(format string, args ...interface{}) {
	fmt.Printf("log: "+format+"\n", args...)
}

func tracef(format string, args ...interface{}) {
	fmt.Printf(format, args...)
}

func main() {
	name, n, f := "gopher", 42, 3.14159
	var b byte = 'x'
	var r rune = 'é'
	var p *pair = &pair{"k", 1}
	err := errors.New("boom")
	fmt.Printf("%s %q %v %x %X %10s|%-10s|\n", name, name, name, name, name, name, name)
	fmt.Printf("%d %+d %05d %x %o %b %c %U %v\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%f %.2f %8.3f %e %g %v\n", f, f, f, f, f, f)
	fmt.Printf("%c %q %c %d\n", b, b, r, r)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%v %+v %#v %T %p\n", p, *p, p, p, p)
	fmt.Printf("%s %v %d\n", celsius(21.5), celsius(20), []int{1, 2})
	fmt.Printf("%s %v\n", err, err)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, n, 4, n, 2, f)
	fmt.Printf("%[1]d %[1]x %[2]s\n", n, name)
	fmt.Printf("100%%\n")
	fmt.Printf("%s %x\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%v %v\n", map[string]int{"a": 1}, []string{"b"})
	fmt.Printf("%6.2f%%\n", 99.5)
	args := []interface{}{1, 2}
	fmt.Printf("%d %d\n", args...)
	format := "%s\n"
	fmt.Printf(format, name)
	fmt.Println("50% done", strings.Repeat("=", 3))
	fmt.Println("a", n, f)
	fmt.Print("no newline", "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%s=%d\n", p.Key, p.Value)
	e := fmt.Errorf("reading %s: %w", name, err)
	_ = fmt.Errorf("no cause: %w", nil)
	fmt.Println(errors.Is(e, err), &wrapErr{err})
	logf("%d %s", n, name)
	tracef("%d %s\n", n, name)
	tracef("plain\n")
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Printf("%d items", n)
	s := fmt.Sprintf("%08.3f|%+.2e|%x", f, f, -n)
	fmt.Println(s, fmt.Sprint(n), fmt.Sprintln("x"))
}

// Vet:
