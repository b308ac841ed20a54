package main

import "fmt"

func main() {
	a := "hello"
	b := a
	a = "jello"
	fmt.Println(a, b)
	bs := []byte(b)
	bs[0] = 'y'
	fmt.Println(b, string(bs))
	sub := a[1:]
	a = "x"
	fmt.Println(sub, a)
	words := []string{"a", "b"}
	w := words[0]
	words[0] = "z"
	fmt.Println(w, words)
}

// Output:
// jello hello
// hello yello
// ello x
// a [z b]
