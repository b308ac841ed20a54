package main

type T struct{}

func main() {
	f := T.Missing
	f(T{})
}

// Error:
// 6:9: T.Missing undefined (type T has no field or method Missing)
