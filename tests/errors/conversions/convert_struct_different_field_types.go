package main

type A struct {
	X int
}

type B struct {
	X string
}

func main() {
	a := A{1}
	b := B(a)
	println(b.X)
}

// Error:
// 13:9: cannot convert a (variable of type A) to type B
