package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(s, string(b))
	t := s
	t += " world"
	fmt.Println(s, "|", t)
	s2 := string(b)
	b[1] = 'E'
	fmt.Println(s2, string(b))
	r := []rune(s)
	r[4] = 'ö'
	fmt.Println(s, string(r))
}

// Output:
// hello Jello
// hello | hello world
// Jello JEllo
// hello hellö
