package main

type Base struct {
	N int
}

type Derived struct {
	Base
	Base int
}

func main() {
	var d Derived
	println(d.N)
}

// Error:
// 9:2: Base redeclared
// 	8:2: other declaration of Base
