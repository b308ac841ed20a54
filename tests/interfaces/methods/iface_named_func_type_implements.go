package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Logger struct {
	Next Handler
}

func (l Logger) Handle(req string) string {
	fmt.Printf("log: %q\n", req)
	return l.Next.Handle(req)
}

func main() {
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("abc"))
	h = Logger{HandlerFunc(func(s string) string { return "<" + s + ">" })}
	fmt.Println(h.Handle("page"))
	h = Logger{Logger{HandlerFunc(strings.TrimSpace)}}
	fmt.Printf("%q\n", h.Handle("  x  "))
	fmt.Printf("%T\n", HandlerFunc(nil))
}

// Output:
// ABC
// log: "page"
// <page>
// log: "  x  "
// log: "  x  "
// "x"
// main.HandlerFunc
