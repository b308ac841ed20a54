package main

func main() {
	p := &1
	println(*p)
}

// Error:
// 4:8: invalid operation: cannot take address of 1 (untyped int constant)
