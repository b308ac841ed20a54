package main

func f() {}

func g() {}

func main() {
	println(f == g)
}

// Error:
// 8:10: invalid operation: f == g (func can only be compared to nil)
