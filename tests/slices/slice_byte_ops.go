package main

import "fmt"

func main() {
	b := []byte("hello world")
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	fmt.Println(string(b))
	fmt.Println(b[:5])
	fmt.Printf("%s|%x\n", b[6:], b[:3])
	var out []byte
	for i := len(b) - 1; i >= 0; i-- {
		out = append(out, b[i])
	}
	fmt.Println(string(out))
	fmt.Printf("%c\n", b[4])
}

// Output:
// HELLO WORLD
// [72 69 76 76 79]
// WORLD|48454c
// DLROW OLLEH
// O
