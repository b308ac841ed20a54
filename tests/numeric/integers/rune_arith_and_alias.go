package main

import "fmt"

func main() {
	r := 'a'
	fmt.Printf("%T %v\n", r, r)
	r += 2
	fmt.Println(r, string(r))
	var i32 int32 = r
	fmt.Println(i32)
	var big rune = 2147483647
	big++
	fmt.Println(big)
	d := '9' - '0'
	fmt.Println(d)
	up := 'q' - 'a' + 'A'
	fmt.Println(up, string(up))
	fmt.Println('é', 'z'-'a')
}

// Output:
// int32 97
// 99 c
// 99
// -2147483648
// 9
// 81 Q
// 233 25
