package main

type T struct{}

func (t T) M() {}

func main() {
	t := T{}
	println(t.M == t.M)
}

// Error:
// 9:10: invalid operation: t.M == t.M (func can only be compared to nil)
