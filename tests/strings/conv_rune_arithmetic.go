package main

import "fmt"

func main() {
	r := 'a'
	fmt.Println(r + 1)
	fmt.Println(string(r + 1))
	fmt.Println('z' - 'a')
	d := '7' - '0'
	fmt.Println(d, int(d)*2)
	upper := 'q' - 'a' + 'A'
	fmt.Println(upper, string(upper))
	var total rune
	for _, c := range "abc" {
		total += c
	}
	fmt.Println(total)
	fmt.Printf("%T %T\n", r, '7'-'0')
	fmt.Println(rune(65), string(rune(65)))
}

// Output:
// 98
// b
// 25
// 7 14
// 81 Q
// 294
// int32 int32
// 65 A
