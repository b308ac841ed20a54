// Recursive types in the forms interpreters have got wrong: a struct
// embedding a named func type whose parameter points back at the struct,
// interfaces that refer to each other through method results, and a
// struct whose field is a function of a pointer to a struct embedding it.
package main

import "fmt"

type Handler func(*Server) string
type Server struct {
	Handler
	name string
}

type Node interface{ Next() Edge }
type Edge interface{ To() Node }

type ring struct{ id int }
type link struct{ to *ring }

func (r *ring) Next() Edge { return link{r} }
func (l link) To() Node    { return l.to }

type Base struct {
	visit func(*Derived) int
}
type Derived struct {
	Base
	depth int
}

func main() {
	s := &Server{name: "web"}
	s.Handler = func(s *Server) string { return "serving " + s.name }
	fmt.Println(s.Handler(s))

	var n Node = &ring{id: 3}
	fmt.Println(n.Next().To().(*ring).id)

	d := &Derived{depth: 4}
	d.visit = func(x *Derived) int { return x.depth * 10 }
	fmt.Println(d.visit(d))
}

// Output:
// serving web
// 3
// 40
