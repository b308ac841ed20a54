package main

import (
	"fmt"
	"strings"
)

type Formatter interface{ Format(s string) string }

type Upper struct{}
type Wrap struct{ L, R string }

func (Upper) Format(s string) string  { return strings.ToUpper(s) }
func (w Wrap) Format(s string) string { return w.L + s + w.R }

type Printer struct {
	Name string
	F    Formatter
}

func (p Printer) Print(s string) {
	if p.F == nil {
		fmt.Println(p.Name+":", s)
		return
	}
	fmt.Println(p.Name+":", p.F.Format(s))
}

func main() {
	ps := []Printer{{"plain", nil}, {"up", Upper{}}, {"wrap", Wrap{"[", "]"}}}
	for _, p := range ps {
		p.Print("gosh")
	}
	ps[0].F = Wrap{"<", ">"}
	ps[0].Print("again")
	fmt.Printf("%v\n", ps[2])
}

// Output:
// plain: gosh
// up: GOSH
// wrap: [gosh]
// plain: <again>
// {wrap {[ ]}}
