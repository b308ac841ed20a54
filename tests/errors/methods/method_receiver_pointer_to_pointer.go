package main

type T struct{}

func (t **T) M() {}

func main() {
	println(1)
}

// Error:
// 5:7: invalid receiver type **T
