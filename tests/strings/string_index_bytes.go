package main

import "fmt"

func main() {
	s := "Hello"
	fmt.Println(s[0], s[4])
	fmt.Printf("%c %c\n", s[0], s[len(s)-1])
	fmt.Printf("%T\n", s[1])
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
	u := "héllo"
	fmt.Println(len(u), u[1], u[2])
	fmt.Println(string(s[1]), s[1] == 'e')
}

// Output:
// 72 111
// H o
// uint8
// 500
// 6 195 169
// e true
