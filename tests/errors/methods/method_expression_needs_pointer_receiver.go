package main

type T struct{}

func (t *T) M() {}

func main() {
	f := T.M
	f(T{})
}

// Error:
// 8:9: cannot call pointer method M on T
