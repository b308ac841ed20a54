package main

func main() {
	a := 1
	b := "s"
	pa, pb := &a, &b
	println(pa == pb)
}

// Error:
// 7:16: invalid operation: pa == pb (mismatched types *int and *string)
