package main

type T struct{}

func (a, b T) M() {}

func main() {
	println(1)
}

// Error:
// 5:15: method has multiple receivers
