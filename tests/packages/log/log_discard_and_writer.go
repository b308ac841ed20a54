// A Logger writing to io.Discard writes nothing; Writer returns the
// destination, and each line is a single Write call.
package main

import (
	"fmt"
	"io"
	"log"
)

type counter struct {
	calls int
	data  []byte
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	c.data = append(c.data, p...)
	return len(p), nil
}

func main() {
	l := log.New(io.Discard, "x", log.LstdFlags)
	l.Print("nothing")
	fmt.Println(l.Writer() == io.Discard)
	c := &counter{}
	l.SetOutput(c)
	l.SetFlags(0)
	l.Println("a", "b")
	l.Printf("c")
	fmt.Println(c.calls, string(c.data))
	err := l.Output(0, "direct")
	fmt.Println(err, c.calls)
}

// Output:
// true
// 2 xa b
// xc
//
// <nil> 3
