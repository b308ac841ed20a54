package main

import "fmt"

type I interface {
	M()
}

type T struct{ n int }

func (t T) N() int { return t.n }

func main() {
	var x interface{} = T{5}
	t := x.(T)
	fmt.Println("as T:", t.N())
	_, ok := x.(I)
	fmt.Println("implements I:", ok)
	i := x.(I)
	fmt.Println("unreachable", i)
}

// Output:
// as T: 5
// implements I: false
// Panic: interface conversion: main.T is not main.I: missing method M
