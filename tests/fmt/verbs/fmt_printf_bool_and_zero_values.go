package main

import "fmt"

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var r rune
	var by byte
	fmt.Println(i, f, s, b, r, by)
	fmt.Printf("%v|%v|%v|%v|%v|%v\n", i, f, s, b, r, by)
	fmt.Printf("%q %d %t\n", s, r, b)
	var sl []string
	var m map[string]bool
	fmt.Println(sl, m, len(sl), len(m))
}

// Output:
// 0 0  false 0 0
// 0|0||false|0|0
// "" 0 false
// [] map[] 0 0
