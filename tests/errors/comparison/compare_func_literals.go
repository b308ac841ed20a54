package main

func main() {
	f := func() {}
	g := func() {}
	println(f != g)
}

// Error:
// 6:10: invalid operation: f != g (func can only be compared to nil)
