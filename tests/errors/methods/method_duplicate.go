package main

type T struct{}

func (t T) M() int { return 1 }

func (t T) M() int { return 2 }

func main() {
	println(T{}.M())
}

// Error:
// 7:12: T.M redeclared in this block
// 	5:12: other declaration of M
