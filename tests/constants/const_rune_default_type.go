package main

import "fmt"

const r = 'a'
const s = "a"

func main() {
	fmt.Println(r)
	fmt.Println(r + 1)
	fmt.Printf("%T\n", r)
	x := r + 2
	fmt.Printf("%T %v %c\n", x, x, x)
	var b byte = r
	fmt.Printf("%T %v\n", b, b)
	fmt.Println(s + "b")
	fmt.Println('z' - r)
}

// Output:
// 97
// 98
// int32
// int32 99 c
// uint8 97
// ab
// 25
