package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("oink oink oink")
	fmt.Printf("%s\n", bytes.Replace(s, []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll(s, []byte("oink"), []byte("moo")))
	fmt.Printf("%s\n", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	c := bytes.Replace(s, []byte("zzz"), []byte("y"), -1)
	c[0] = 'O'
	fmt.Println(string(s), string(c))
	fmt.Println(bytes.Replace(nil, []byte("a"), []byte("b"), -1) == nil)
}

// Output:
// oinky oinky oink
// moo moo moo
// -a-b-c-
// oink oink oink Oink oink oink
// true
