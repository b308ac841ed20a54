package main

func f() {}

func main() {
	f = func() {}
	f()
}

// Error:
// 6:2: cannot assign to f (value of type func())
