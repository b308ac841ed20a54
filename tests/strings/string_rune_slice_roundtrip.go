package main

import "fmt"

func main() {
	s := "héllo, 世界"
	r := []rune(s)
	fmt.Println(len(r))
	fmt.Println(r[1], r[7])
	fmt.Println(string(r[7:]))
	r[0] = 'J'
	fmt.Println(string(r))
	fmt.Println(s)
	fmt.Println([]rune("ab"))
	fmt.Println(string([]rune{'G', 'o', 0x4e16}))
	fmt.Println(len(string(r)))
}

// Output:
// 9
// 233 19990
// 世界
// Jéllo, 世界
// héllo, 世界
// [97 98]
// Go世
// 14
