package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Report() {
	fmt.Println("value receiver:", c.name, c.n)
}

func (c *Counter) PtrReport() {
	fmt.Println("pointer receiver:", c.name, c.n)
}

func main() {
	c := Counter{"a", 1}
	defer c.Report()
	defer c.PtrReport()
	f := c.Report
	defer f()
	c.n = 50
	c.name = "b"
	fmt.Println("body:", c.name, c.n)
}

// Output:
// body: b 50
// value receiver: a 1
// pointer receiver: b 50
// value receiver: a 1
