package main

import "fmt"

type Light struct {
	On bool
	N  int
}

func (l *Light) Toggle() {
	l.On = !l.On
	l.N++
}

func main() {
	ls := []Light{{}, {}, {}}
	for _, l := range ls {
		l.Toggle()
	}
	fmt.Println(ls)
	for i := range ls {
		ls[i].Toggle()
	}
	fmt.Println(ls)
	ls[2].Toggle()
	fmt.Println(ls)
	m := map[string]Light{"x": {}}
	l := m["x"]
	l.Toggle()
	fmt.Println(m["x"], l)
}

// Output:
// [{false 0} {false 0} {false 0}]
// [{true 1} {true 1} {true 1}]
// [{true 1} {true 1} {false 2}]
// {false 0} {true 1}
