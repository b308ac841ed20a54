// PrintDefaults with custom Values of every kind: a map and a struct
// used by value (zero value from the type), pointers to named ints and
// floats whose zero String differs from the default, and a String that
// panics on the zero value, reported after the list.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type kv map[string]string

func (m kv) String() string {
	var parts []string
	for k, v := range m {
		parts = append(parts, k+"="+v)
	}
	return strings.Join(parts, ",")
}
func (m kv) Set(s string) error { k, v, _ := strings.Cut(s, "="); m[k] = v; return nil }

type pt struct{ x, y int }

func (p pt) String() string     { return fmt.Sprintf("(%d,%d)", p.x, p.y) }
func (p pt) Set(s string) error { return nil }

type names struct{ list *[]string }

func (p *names) String() string     { return strings.Join(*p.list, "+") }
func (p *names) Set(s string) error { *p.list = append(*p.list, s); return nil }

type level int

func (l *level) String() string     { return [...]string{"debug", "info", "warn"}[*l] }
func (l *level) Set(s string) error { *l = 2; return nil }

type fl float32

func (f *fl) String() string     { return fmt.Sprint(float32(*f)) }
func (f *fl) Set(s string) error { *f = 1.5; return nil }

func main() {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	m := kv{}
	fs.Var(m, "kv", "pairs")
	fs.Var(pt{1, 2}, "pt", "a point")
	fs.Var(pt{}, "pt0", "a zero point")
	list := []string{"a"}
	fs.Var(&names{&list}, "names", "nil inside when zero")
	lv := level(1)
	fs.Var(&lv, "level", "log `level`")
	lv0 := level(0)
	fs.Var(&lv0, "level0", "zero level")
	f := fl(2.5)
	fs.Var(&f, "fl", "float32")
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-kv", "a=b", "-level", "x", "-fl=3"}), m, lv.String(), f.String())
}

// Output:
//   -fl value
//     	float32 (default 2.5)
//   -kv value
//     	pairs
//   -level level
//     	log level (default info)
//   -level0 value
//     	zero level
//   -names value
//     	nil inside when zero
//   -pt value
//     	a point (default (1,2))
//   -pt0 value
//     	a zero point
//
// panic calling String method on zero main.names for flag names: runtime error: invalid memory address or nil pointer dereference
// <nil> a=b warn 1.5
