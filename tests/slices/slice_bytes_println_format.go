package main

import "fmt"

func main() {
	b := []byte("Go!")
	fmt.Println(b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%s\n", b)
	fmt.Println(string(b))
	r := []rune("Gö")
	fmt.Println(r)
	fmt.Printf("%v %c\n", r, r)
	var nb []byte
	fmt.Println(nb, len(nb))
	fmt.Println([][]byte{[]byte("a"), []byte("bc")})
}

// Output:
// [71 111 33]
// [71 111 33]
// Go!
// Go!
// [71 246]
// [71 246] [G ö]
// [] 0
// [[97] [98 99]]
