// TextVar copies the default into the variable and unmarshals values;
// PrintDefaults reports a String method that panics on the zero value
// after the list.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type point struct{ X, Y int }

func (p point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }
func (p *point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	if err != nil {
		return errors.New("want X,Y")
	}
	return nil
}

type fragile struct{ s *string }

func (f fragile) String() string { return strings.ToUpper(*f.s) }
func (f fragile) Set(v string) error {
	*f.s = v
	return nil
}

func main() {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var p point
	fs.TextVar(&p, "pt", point{1, 2}, "a point")
	fmt.Println(p)
	s := "x"
	fs.Var(fragile{&s}, "frag", "panics on zero")
	fmt.Println(fs.Parse([]string{"-pt", "5,6"}), p)
	fmt.Println(fs.Parse([]string{"-pt", "oops"}))
	fs.PrintDefaults()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var q point
		fs.TextVar(q2(&q), "other", &point{}, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var q point
		fs.TextVar(&q, "other2", strText("x"), "")
	}()
}

type strText string

func (s strText) MarshalText() ([]byte, error) { return []byte(s), nil }

type byValue struct{ p *point }

func (b byValue) UnmarshalText(t []byte) error { return b.p.UnmarshalText(t) }

func q2(p *point) byValue { return byValue{p} }

// Output:
// {1 2}
// <nil> {5 6}
// invalid value "oops" for flag -pt: want X,Y
// Usage of t:
//   -frag value
//     	panics on zero
//   -pt value
//     	a point (default 1,2)
//
// panic calling String method on zero main.fragile for flag frag: runtime error: invalid memory address or nil pointer dereference
// invalid value "oops" for flag -pt: want X,Y
//   -frag value
//     	panics on zero
//   -pt value
//     	a point (default 1,2)
//
// panic calling String method on zero main.fragile for flag frag: runtime error: invalid memory address or nil pointer dereference
// recovered: variable value type must be a pointer
// recovered: default type does not match variable type: main.strText != main.point
