package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type RO struct{}

func (RO) Read() string { return "data" }

func main() {
	var r Reader = RO{}
	fmt.Println(r.Read())
	if _, ok := r.(Writer); !ok {
		fmt.Println("not a writer (comma-ok)")
	}
	w := r.(Writer)
	w.Write("x")
}

// Output:
// data
// not a writer (comma-ok)
// Panic: interface conversion: main.RO is not main.Writer: missing method Write
