package main

type A struct{ N int }
type B struct{ N int }

func main() {
	a := A{1}
	b := B{1}
	println(a == b)
}

// Error:
// 9:15: invalid operation: a == b (mismatched types A and B)
