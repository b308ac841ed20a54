package main

// A function literal cannot jump to its enclosing function's labels; the
// outer label stays unused.
func main() {
L:
	f := func() {
		goto L
	}
	f()
}

// Error:
// 6:1: label L defined and not used
// 8:8: label L not defined
