package main

import "fmt"

func main() {
	fmt.Println(true, false)
	{
		true := false
		fmt.Println(true, !true)
	}
	{
		nil := 7
		fmt.Println(nil + 1)
	}
	var p *int
	fmt.Println(p == nil)
	{
		iota := 99
		fmt.Println(iota + 1)
	}
	const (
		a = iota
		b
	)
	fmt.Println(a, b)
}

// Output:
// true false
// false true
// 8
// true
// 100
// 0 1
