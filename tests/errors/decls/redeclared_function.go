package main

func f() {}

func f() {}

func main() {
	f()
}

// Error:
// 5:6: f redeclared in this block
// 	3:6: other declaration of f
