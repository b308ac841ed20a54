package main

import "fmt"

func main() {
	b := []byte("hi!")
	fmt.Println(b)
	fmt.Println(string(b))
	r := []rune("日本")
	fmt.Println(r)
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	var x byte = 'z'
	fmt.Println(string(x), string(rune(x-1)))
	bs := []byte{72, 105}
	fmt.Println(string(bs))
	fmt.Println(string([]rune{0x47, 0x6f}))
	fmt.Printf("%s %v\n", b, b)
}

// Output:
// [104 105 33]
// hi!
// [26085 26412]
// 日本
// A 世
// z y
// Hi
// Go
// hi! [104 105 33]
