package main

type T struct{}

func () M() {}

func main() {
	println(1)
}

// Error:
// 5:9: method has no receiver
