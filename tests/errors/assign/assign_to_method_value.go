package main

type T struct{}

func (t T) M() {}

func main() {
	t := T{}
	t.M = nil
}

// Error:
// 9:2: cannot assign to t.M (value of type func())
