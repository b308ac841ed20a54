package main

type A struct {
	X int
}

type B struct {
	Y int
}

func main() {
	a := A{1}
	b := B(a)
	println(b.Y)
}

// Error:
// 13:9: cannot convert a (variable of type A) to type B
