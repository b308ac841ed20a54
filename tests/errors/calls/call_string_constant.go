package main

func main() {
	"hello"()
}

// Error:
// 4:2: invalid operation: cannot call non-function "hello" (untyped string constant)
