package main

import "fmt"

type Logger interface{ Log(string) }

type Service struct {
	Logger
	name string
}

type stdout struct{ prefix string }

func (s stdout) Log(m string) { fmt.Println(s.prefix + m) }

func main() {
	ok := Service{stdout{"[svc] "}, "a"}
	ok.Log("started " + ok.name)
	var l Logger = ok
	l.Log("via interface")
	broken := Service{name: "b"}
	fmt.Println(broken.Logger == nil)
	broken.Log("boom")
}

// Output:
// [svc] started a
// [svc] via interface
// true
// Panic: runtime error: invalid memory address or nil pointer dereference
