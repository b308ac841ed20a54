package main

import "fmt"

func main() {
	s := "Hello"
	fmt.Println(s[0])
	fmt.Println(s[1], s[4])
	b := s[2]
	fmt.Println(b + 1)
	fmt.Printf("%T %v %c\n", b, b, b)
	t := "é"
	fmt.Println(len(t), t[0], t[1])
	var sum int
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
}

// Output:
// 72
// 101 111
// 109
// uint8 108 l
// 2 195 169
// 500
