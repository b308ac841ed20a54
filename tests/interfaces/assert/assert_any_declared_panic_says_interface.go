package main

import "fmt"

type Token struct{ Text string }

func main() {
	var a any = Token{"x"}
	fmt.Println(a.(Token).Text)
	var b any = &Token{"y"}
	fmt.Println(b.(*Token).Text)
	fmt.Println(b.(Token).Text)
}

// Output:
// x
// y
// Panic: interface conversion: interface {} is *main.Token, not main.Token
