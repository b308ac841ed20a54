// A custom Value is set once per occurrence; Func calls its function
// with each value, and an error it returns is Parse's error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type csv []string

func (c *csv) String() string { return strings.Join(*c, ",") }
func (c *csv) Set(s string) error {
	*c = append(*c, strings.Split(s, ",")...)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("not a level")
	}
	*l = level(len(s))
	return nil
}
func (l *level) Get() any { return int(*l) }

func main() {
	fs := flag.NewFlagSet("c", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var c csv
	var lv level
	fs.Var(&c, "tags", "tags")
	fs.Var(&lv, "level", "level")
	var seen []string
	fs.Func("fn", "called per value", func(s string) error {
		if s == "stop" {
			return errors.New("stopped")
		}
		seen = append(seen, s)
		return nil
	})
	err := fs.Parse([]string{"-tags", "a,b", "-tags=c", "-level", "xyz", "-fn", "1", "-fn=2"})
	fmt.Println(err, c, lv, seen)
	g := fs.Lookup("level").Value.(flag.Getter)
	fmt.Println(g.Get(), fs.Lookup("fn").Value.String() == "")
	fmt.Println(fs.Parse([]string{"-level", "bad"}))
	fmt.Println(fs.Parse([]string{"-fn", "stop"}))
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Println("all:", f.Name, f.DefValue) })
}

// Output:
// <nil> [a b c] 3 [1 2]
// 3 true
// invalid value "bad" for flag -level: not a level
// Usage of c:
//   -fn value
//     	called per value
//   -level value
//     	level
//   -tags value
//     	tags
// invalid value "bad" for flag -level: not a level
// invalid value "stop" for flag -fn: stopped
// Usage of c:
//   -fn value
//     	called per value
//   -level value
//     	level
//   -tags value
//     	tags
// invalid value "stop" for flag -fn: stopped
// set: fn 
// set: level 3
// set: tags a,b,c
// all: fn 
// all: level 0
// all: tags 
