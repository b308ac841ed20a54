package main

func main() {
	x := 1
	p := &x
	q := p + 1
	println(q)
}

// Error:
// 6:11: cannot convert 1 (untyped int constant) to *int
