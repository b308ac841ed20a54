package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[0:5])
	fmt.Println(s[7:])
	fmt.Println(s[:5] + "!")
	fmt.Println(s[3:3] == "", len(s[3:3]))
	fmt.Println(s[:])
	t := s[7:12]
	fmt.Println(t, len(t))
	for i := 0; i < len(s); i += 4 {
		end := i + 4
		if end > len(s) {
			end = len(s)
		}
		fmt.Printf("%q\n", s[i:end])
	}
}

// Output:
// Hello
// World
// Hello!
// true 0
// Hello, World
// World 5
// "Hell"
// "o, W"
// "orld"
