package main

import "fmt"

func main() {
	b := []byte("Go!")
	fmt.Println(b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%s\n", b)
	fmt.Printf("%q\n", b)
	fmt.Printf("%x\n", b)
	fmt.Printf("%d\n", b)
	fmt.Printf("%#v\n", b)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%v %s %x\n", arr, arr, arr)
	fmt.Printf("%#v\n", arr)
	fmt.Println(string(b[1:]), len(b))
	var nb []byte
	fmt.Printf("%v|%s|%x|%#v\n", nb, nb, nb, nb)
}

// Output:
// [71 111 33]
// [71 111 33]
// Go!
// "Go!"
// 476f21
// [71 111 33]
// []byte{0x47, 0x6f, 0x21}
// [97 98 99] abc 616263
// [3]uint8{0x61, 0x62, 0x63}
// o! 3
// []|||[]byte(nil)
