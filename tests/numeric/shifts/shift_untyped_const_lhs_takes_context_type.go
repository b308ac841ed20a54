package main

import "fmt"

func main() {
	s := uint(10)
	var a int64 = 1 << s
	var b int8 = 1 << (s - 4)
	var c uint8 = 1 << s
	fmt.Println(a, b, c)
	var d int32 = 1<<s + 1
	fmt.Println(d)
	x := 1 << s
	fmt.Printf("%T %v\n", x, x)
	var f float64 = float64(int(1) << s)
	fmt.Println(f)
	fmt.Println(int8(1)<<s == 0, uint16(1)<<s)
}

// Output:
// 1024 64 0
// 1025
// int 1024
// 1024
// true 1024
