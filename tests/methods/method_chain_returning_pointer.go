package main

import (
	"fmt"
	"strings"
)

type Builder struct {
	parts []string
	sep   string
}

func NewBuilder() *Builder { return &Builder{sep: ","} }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Sep(s string) *Builder {
	b.sep = s
	return b
}

func (b *Builder) Build() string { return strings.Join(b.parts, b.sep) }

func main() {
	b := NewBuilder().Add("a").Add("b").Add("c")
	fmt.Println(b.Build())
	fmt.Println(b.Sep(" | ").Build())
	b.Add("d").Sep("")
	fmt.Println(b.Build(), len(b.parts))
	fmt.Println(NewBuilder().Build() == "")
}

// Output:
// a,b,c
// a | b | c
// abcd 4
// true
