package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println("a", 1, 2.0, true, 'x')
	fmt.Println("[", "", "]")
	var s []int
	var m map[string]bool
	fmt.Println(s, m)
	fmt.Println(-0.0, 1e6, 1e-4, 12.0)
	fmt.Println("tab\tchar")
	var r rune = 'é'
	var b byte = 'b'
	fmt.Println(r, b, string(r))
}

// Output:
//
// a 1 2 true 120
// [  ]
// [] map[]
// 0 1e+06 0.0001 12
// tab	char
// 233 98 é
