package main

import "fmt"

func main() {
	for _, r := range "ab€" {
		fmt.Printf("%T %d %c %q %x\n", r, r, r, r, r)
	}
	for i, r := range "世界" {
		fmt.Printf("%d:%x\n", i, r)
	}
	var last rune
	for _, r := range "xyz" {
		last = r
	}
	fmt.Println(last, string(last))
}

// Output:
// int32 97 a 'a' 61
// int32 98 b 'b' 62
// int32 8364 € '€' 20ac
// 0:4e16
// 3:754c
// 122 z
