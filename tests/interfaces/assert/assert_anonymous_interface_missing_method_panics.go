package main

import "fmt"

type T struct{}

func (T) Hello() string { return "hello" }

func main() {
	var x interface{} = T{}
	h := x.(interface{ Hello() string })
	fmt.Println(h.Hello())
	_, ok := x.(interface{ Bye() })
	fmt.Println(ok)
	x.(interface{ Bye() }).Bye()
}

// Output:
// hello
// false
// Panic: interface conversion: main.T is not interface { Bye() }: missing method Bye
