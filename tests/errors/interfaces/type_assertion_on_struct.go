package main

type T struct{}

func main() {
	t := T{}
	_, ok := t.(T)
	println(ok)
}

// Error:
// 7:11: invalid operation: t (variable of type T) is not an interface
