package main

import (
	"fmt"
	"strings"
)

type Name string

func greet(n Name) string {
	return "Hello, " + string(n)
}

func main() {
	var n Name = "alice"
	fmt.Println(greet(n))
	up := Name(strings.ToUpper(string(n)))
	fmt.Println(up, len(up))
	fmt.Printf("%T %q\n", up, up)
	n2 := n + "!"
	fmt.Println(n2, n2 > n)
	for i, r := range n {
		if i < 2 {
			fmt.Println(i, string(r))
		}
	}
	fmt.Println(n[0], n[1:3])
}

// Output:
// Hello, alice
// ALICE 5
// main.Name "ALICE"
// alice! true
// 0 a
// 1 l
// 97 li
