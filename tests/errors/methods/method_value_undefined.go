package main

type T struct{}

func (t T) M() {}

func main() {
	t := T{}
	f := t.N
	f()
}

// Error:
// 9:9: t.N undefined (type T has no field or method N)
