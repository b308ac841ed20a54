package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b)
	fmt.Println(len(b))
	b[0] = 'H'
	fmt.Println(string(b))
	fmt.Println(s)
	e := []byte("")
	fmt.Println(len(e), e == nil)
	c := []byte{71, 111, 33}
	fmt.Println(string(c))
	c = append(c, "!!"...)
	fmt.Println(string(c))
}

// Output:
// [104 195 169 108 108 111]
// 6
// Héllo
// héllo
// 0 false
// Go!
// Go!!!
