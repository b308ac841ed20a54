package main

import (
	"fmt"
	"strings"
)

// upper is an io.Writer that upper-cases and counts what it is given.
type upper struct {
	out    strings.Builder
	writes int
}

func (u *upper) Write(p []byte) (int, error) {
	u.writes++
	u.out.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	u := &upper{}
	fmt.Fprintf(u, "hello %s, you are %d\n", "gopher", 13)
	fmt.Fprintln(u, "second", "line")
	fmt.Fprint(u, "x", 1, 2, "y")
	fmt.Printf("%q\n", u.out.String())
	fmt.Println("writes:", u.writes)
}

// Output:
// "HELLO GOPHER, YOU ARE 13\nSECOND LINE\nX1 2Y"
// writes: 3
